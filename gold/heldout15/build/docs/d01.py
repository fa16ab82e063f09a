from lib import L, C, F, S, N

DATE = "2002-12-09"
SLUG = "commons-oral-answers-channel-ports"
TITLE = "Oral Answers to Questions: Home Department (Channel Ports; Asylum Claims)"
PARTIES = "GB;FR"
DOC_TYPE = "other"
PLACE = "London"
GENRE = "Oral answers to questions, House of Commons (Hansard)"
STRESS = "none (Hansard day header)"
THIRD = "none"

LINES = [
    "HOUSE OF COMMONS",
    "Official Report (Hansard)",
    "Monday 9 December 2002",
    "Oral Answers to Questions",
    "HOME DEPARTMENT",
    "The Secretary of State was asked—",
    "Channel Ports (Clandestine Entry)",
    L("1. Mr Desmond Harcourt (Folkestone and Hythe) (Con): What recent discussions he has had with the French "
      "authorities on clandestine entry through the Channel ports. [84512]",
      N("statistics", "parliamentary question number, not a figure about the world", q="[84512]")),
    L("The Minister of State, Home Department (Ms Eleanor Prideaux): My right hon. Friend met the French Interior "
      "Minister in Paris on 28 November. Clandestine entrants detected at Coquelles fell from 2,870 in September to "
      "1,140 in November, a drop of some 60 per cent. Last month officers also found 312 people hidden in lorries at "
      "the port of Calais, nine times the figure for the same month of 2000.",
      N("all", "meeting report and a date: no commitment, no statistic",
        q="My right hon. Friend met the French Interior Minister in Paris on 28 November."),
      S(2870, "attempts", "exact", "clandestine entrants detected (prevented crossings)", "level",
        period_text="in September", period_start="2002-09-01", period_end="2002-09-30", location="Coquelles",
        q="Clandestine entrants detected at Coquelles fell from 2,870 in September to 1,140 in November, a drop "
          "of some 60 per cent.",
        note="starting figure of a fall from X to Y"),
      S(1140, "attempts", "exact", "clandestine entrants detected (prevented crossings)", "decrease",
        period_text="in November", period_start="2002-11-01", period_end="2002-11-30", location="Coquelles",
        q="Clandestine entrants detected at Coquelles fell from 2,870 in September to 1,140 in November, a drop "
          "of some 60 per cent.",
        note="end figure of a fall from X to Y"),
      S(60, "percent", "approximately", "fall in clandestine entrants detected", "decrease",
        location="Coquelles",
        q="Clandestine entrants detected at Coquelles fell from 2,870 in September to 1,140 in November, a drop "
          "of some 60 per cent.",
        note="'some' -> approximately"),
      S(312, "attempts", "exact", "people found hidden in lorries", "level",
        period_text="Last month", period_start="2002-11-01", period_end="2002-11-30", location="Calais",
        q="Last month officers also found 312 people hidden in lorries at the port of Calais, nine times the "
          "figure for the same month of 2000.",
        note="people found hidden = intercepted crossings -> attempts"),
      S(9, "factor", "exact", "people found hidden in lorries, November 2002 vs November 2000", "increase",
        location="Calais",
        q="Last month officers also found 312 people hidden in lorries at the port of Calais, nine times the "
          "figure for the same month of 2000.")),
    "The two Governments have agreed a joint plan. Under that plan, this Government will:",
    L("(a) station an additional 40 immigration officers at Calais, Dunkirk and Boulogne by the end of January;",
      C("GB", "border_security", "will", "by the end of January", "2003-01-31"),
      N("statistics", "number inside a commitment's target", q="an additional 40 immigration officers")),
    L("(b) install heartbeat detectors and carbon dioxide probes in every freight lane at Coquelles before the "
      "spring;",
      C("GB", "border_security", "will", "before the spring", "2003-02-28",
        note="spring starts 1 March (meteorological), so 'before the spring' = last day of February")),
    L("(c) run a dedicated programme of return flights for those found to have no right to remain.",
      C("GB", "returns", "will")),
    L("France has undertaken to close the Sangatte centre to new arrivals before the end of the year. French "
      "ministers will also deploy 200 additional CRS officers around the port.",
      C("FR", "reception_welfare", "undertake", "before the end of the year", "2002-12-31",
        q="France has undertaken to close the Sangatte centre to new arrivals before the end of the year."),
      C("FR", "border_security", "will",
        q="French ministers will also deploy 200 additional CRS officers around the port.")),
    L("Mr Harcourt: I thank the Minister, but my constituents have watched the bills mount. Kent County Council "
      "spent £4.2 million last year on the care of unaccompanied children who arrived through Dover. Will she "
      "press her French counterparts harder?",
      N("funding", "a council's cost of care, not money given for the cooperation",
        q="Kent County Council spent £4.2 million last year on the care of unaccompanied children who arrived "
          "through Dover.")),
    L("Ms Prideaux: I understand the hon. Gentleman's frustration. The Government will reimburse Kent in full for "
      "the current financial year. We have also agreed with Paris that the two Governments will review the plan "
      "every three months.",
      C("GB", "funding", "will", "for the current financial year", "2003-03-31",
        q="The Government will reimburse Kent in full for the current financial year.",
        note="money with no amount: a commitment, not a funding row; the financial year bounding a money "
             "commitment is its deadline (decision D4)"),
      C("GB;FR", "governance", "agree",
        q="We have also agreed with Paris that the two Governments will review the plan every three months.",
        note="'every three months' is a frequency, not a deadline")),
    "Asylum Claims",
    "2. Mrs Judith Okonedo (Walthamstow) (Lab): What assessment he has made of the number of asylum claims made "
    "by people arriving from northern France. [84513]",
    L("The Parliamentary Under-Secretary of State for the Home Department (Mr Alan Whitcombe): Claims lodged at "
      "Dover rose by 18 per cent between 2000 and 2001. The number of people staying at Sangatte peaked at about "
      "1,800 in the summer. The average weekly cost of supporting a single adult in dispersed accommodation is "
      "£152.",
      S(18, "percent", "exact", "asylum claims lodged at Dover", "increase",
        period_text="between 2000 and 2001", period_start="2000-01-01", period_end="2001-12-31",
        location="Dover", q="Claims lodged at Dover rose by 18 per cent between 2000 and 2001."),
      S(1800, "people", "approximately", "people staying at the Sangatte centre (peak)", "level",
        period_text="in the summer", period_start="2002-06-01", period_end="2002-08-31", location="Sangatte",
        q="The number of people staying at Sangatte peaked at about 1,800 in the summer."),
      N("funding", "a unit cost of asylum support, not funding",
        q="The average weekly cost of supporting a single adult in dispersed accommodation is £152.")),
    L("We are committed to the principle that those in genuine need receive protection, and nobody should read "
      "these figures as a retreat from it.",
      N("commitments", "'committed to' a principle: a statement of belief, no action undertaken")),
    L("From April, we will decide claims lodged at the juxtaposed controls within two months, and we intend to "
      "extend fast-track processing at Oakington to the nationalities most often found at Calais.",
      C("GB", "asylum", "will", "From April", "2003-04-30",
        note="one sentence, one item; 'From April' resolved like 'begin in October'")),
    "Mrs Okonedo: Has the United Kingdom paid anything towards the new fencing at Coquelles?",
    L("Mr Whitcombe: It has. The United Kingdom contributed £2.3 million towards fencing and floodlighting at the "
      "Coquelles freight terminal this year, and we have pledged a further £3.5 million in 2003-04 for detection "
      "equipment at Calais and Dunkirk. The French Government will match that sum.",
      F(2300000, "GBP", "GB", "FR (Coquelles freight terminal)", "disbursed",
        "fencing and floodlighting at the Coquelles freight terminal",
        period_text="this year", period_start="2002-01-01", period_end="2002-12-31",
        q="The United Kingdom contributed £2.3 million towards fencing and floodlighting at the Coquelles freight "
          "terminal this year, and we have pledged a further £3.5 million in 2003-04 for detection equipment at "
          "Calais and Dunkirk."),
      F(3500000, "GBP", "GB", "FR (Calais and Dunkirk ports)", "pledge", "detection equipment at Calais and Dunkirk",
        period_text="in 2003-04", period_start="2003-04-01", period_end="2004-03-31",
        q="The United Kingdom contributed £2.3 million towards fencing and floodlighting at the Coquelles freight "
          "terminal this year, and we have pledged a further £3.5 million in 2003-04 for detection equipment at "
          "Calais and Dunkirk."),
      C("GB", "funding", "pledge", "in 2003-04", "2004-03-31",
        q="The United Kingdom contributed £2.3 million towards fencing and floodlighting at the Coquelles freight "
          "terminal this year, and we have pledged a further £3.5 million in 2003-04 for detection equipment at "
          "Calais and Dunkirk.",
        note="the sentence carries a pledge; a financial year as deadline -> its last day"),
      C("FR", "funding", "will", q="The French Government will match that sum.",
        note="the matched amount is implied, not stated: no funding row")),
    "Mr Speaker: Order. We must move on.",
]
