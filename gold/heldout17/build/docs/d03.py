from lib import L, C, F, S, N

DATE = "2011-05-31"
SLUG = "home-office-business-plan-border-extract"
TITLE = "Home Office Business Plan 2011-2015"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = ""
GENRE = "Departmental business plan extract (structural reform plan actions with start/end dates, indicators)"
STRESS = "date only in a 'Last updated' line at the very end; plan-period and financial-year labels throughout"
THIRD = "France as partner of several actions; IOM and Belgium named, not acting"

LINES = [
    "Home Office",
    L("Business Plan 2011-2015", N("statistics", "plan-period label in the title")),
    "Section 2: Structural Reform Plan (extract)",
    "Coalition priority 4: Secure our border and reduce illegal migration",
    "The department's vision is a country that controls its borders and welcomes those who contribute, while "
    "removing those who have no right to be here.",
    "Our partners in this work include the French Police aux Frontieres, the Belgian Federal Police and the "
    "overseas liaison network of the UK Border Agency.",
    L("We will secure the border at home and abroad, including at the juxtaposed controls in France and Belgium.",
      C("GB", "border_security", "will")),
    L("Achieved in 2010/11: an agreement with France on a joint intelligence cell at Coquelles, signed in "
      "October 2010.",
      N("commitments", "report of a completed action"),
      N("statistics", "financial-year label and a date", q="Achieved in 2010/11")),
    L("Over the period of this plan the department will take the following actions:",
      N("commitments", "bare lead-in; the actions below are the commitments")),
    L("4.1 Agree with France a revised cost-sharing arrangement for the Channel ports (start: started; end: "
      "December 2011)",
      C("GB", "legal_framework", "agree", "end: December 2011", "2011-12-31")),
    L("4.2 Deploy new scanning technology at the Coquelles freight terminal (start: started; end: March 2012)",
      C("GB", "border_security", "will", "end: March 2012", "2012-03-31")),
    L("4.3 Station additional liaison officers in northern France and Belgium (start: June 2011; end: "
      "September 2011)",
      C("GB", "policing_intelligence", "will", "end: September 2011", "2011-09-30")),
    L("4.4 Introduce legislation to raise civil penalties on hauliers carrying clandestine entrants (start: "
      "January 2012; end: December 2012)",
      C("GB", "legal_framework", "will", "end: December 2012", "2012-12-31")),
    L("4.5 Negotiate returns agreements with three further countries of origin (start: started; end: March "
      "2013)",
      C("GB", "returns", "will", "end: March 2013", "2013-03-31"),
      N("statistics", "a number inside a commitment's target", q="three further countries of origin")),
    L("4.6 Publish, jointly with France, an annual report on clandestine detections at the ports (start: April "
      "2012; end: April 2012)",
      C("GB;FR", "governance", "will", "end: April 2012", "2012-04-30")),
    L("4.7 Review the voluntary returns programme run with the International Organization for Migration "
      "(start: started; end: June 2011)",
      C("GB", "returns", "will", "end: June 2011", "2011-06-30")),
    L("4.8 Open discussions with the Belgian authorities on extending the controls at Zeebrugge (start: "
      "October 2011; end: to be confirmed)",
      C("GB", "eu_international", "will")),
    L("Progress against each action will be reported to the Cabinet Office every month.",
      C("GB", "governance", "will")),
    L("In 2011/12 we will contribute £5.5 million to French port security under the arrangement, against £4.3 "
      "million spent in 2010/11.",
      C("GB", "funding", "will"),
      F(5500000, "GBP", "GB", "FR", "pledge", "French port security under the cost-sharing arrangement",
        period_text="In 2011/12", period_start="2011-04-01", period_end="2012-03-31"),
      F(4300000, "GBP", "GB", "FR", "disbursed", "French port security under the cost-sharing arrangement",
        period_text="in 2010/11", period_start="2010-04-01", period_end="2011-03-31")),
    L("The department's administration budget will fall by 33% over the Spending Review period.",
      N("funding;statistics", "the department's own budget cut, a plan rather than a count")),
    L("We believe that controls in France remain the most effective way to protect the UK border.",
      N("commitments", "a belief")),
    "Section 4: Transparency - input and impact indicators",
    L("We will publish these indicators every quarter from July 2011.",
      C("GB", "governance", "will")),
    L("Clandestine entrants detected at the juxtaposed controls, 2010/11: 18,250 (up 12% on 2009/10).",
      S(18250, "attempts", "exact", "clandestine entrants detected at the juxtaposed controls", "level",
        period_text="2010/11", period_start="2010-04-01", period_end="2011-03-31",
        location="juxtaposed controls"),
      S(12, "percent", "exact", "clandestine entrants detected, 2010/11 vs 2009/10", "increase",
        location="juxtaposed controls")),
    L("Facilitators convicted after joint UK-French investigations, 2010/11: 74.",
      S(74, "people", "exact", "facilitators convicted after joint UK-French investigations", "level",
        period_text="2010/11", period_start="2010-04-01", period_end="2011-03-31")),
    L("Enforced removals from the UK, calendar year 2010: 40,400; assisted voluntary returns: 4,600.",
      S(40400, "people", "exact", "enforced removals from the UK", "level", period_text="calendar year 2010",
        period_start="2010-01-01", period_end="2010-12-31", location="United Kingdom"),
      S(4600, "people", "exact", "assisted voluntary returns from the UK", "level",
        location="United Kingdom")),
    L("Average unit cost of an enforced removal: £15,000.",
      N("funding;statistics", "a unit cost, neither funding nor a count")),
    L("Share of heavy goods vehicles searched at Calais before boarding: 98%.",
      S(98, "percent", "exact", "share of heavy goods vehicles searched at Calais", "level",
        location="Calais")),
    L("Organised crime groups disrupted on the Channel routes: about 30.",
      S(30, "networks", "approximately", "organised crime groups disrupted on the Channel routes", "level",
        location="Channel routes")),
    L("Indicators will be revised if the arrangement with France changes.",
      C("GB", "governance", "will", conf="borderline", note="conditional housekeeping statement about indicators")),
    L("Figures for 2010/11 are provisional and may be revised when the UK Border Agency publishes its annual "
      "statistics in August.",
      N("commitments", "a caveat ('may be revised'), not an undertaking")),
    "Last updated: 31 May 2011",
]
