from lib import L, C, F, S, N

DATE = "2019-07-26"
SLUG = "foi-release-small-boats-cooperation-france"
TITLE = "FOI release: small boat crossings and cooperation with France"
PARTIES = "GB;FR"
DOC_TYPE = "other"
PLACE = ""
GENRE = "Freedom of Information response letter with a released annex"
STRESS = "web-page furniture (site name, breadcrumb, page type, 'From:') before the title"
THIRD = "none"

A = "GB;FR"

LINES = [
    "GOV.UK",
    "Home > Immigration and borders > Freedom of Information releases",
    "FOI release",
    "FOI release: small boat crossings and cooperation with France",
    "From: Home Office",
    "Reference: FOI 54321",
    "26 July 2019",
    "Dear Mr Okafor,",
    L("Thank you for your email of 28 June 2019, in which you asked for information about cooperation with France on "
      "small boat crossings. Your request has been handled under the Freedom of Information Act 2000.",
      N("statistics", "name of an Act, not a figure", q="Freedom of Information Act 2000")),
    "Question 1: How many people crossed the Channel in small boats in 2018 and in the first half of 2019?",
    L("Answer: 539 people reached the UK in small boats in 2018.",
      S(539, "people", "exact", "small boat arrivals in the UK", "level", period_text="in 2018",
        period_start="2018-01-01", period_end="2018-12-31")),
    L("Between 1 January and 30 June 2019 a further 1,006 people arrived in this way, while the French authorities "
      "prevented 712 attempted crossings.",
      S(1006, "people", "exact", "small boat arrivals in the UK", "level",
        period_text="Between 1 January and 30 June 2019", period_start="2019-01-01", period_end="2019-06-30",
        note="'a further' continues the count over a new period; a level, not a rise (D6)"),
      S(712, "attempts", "exact", "attempted crossings prevented by the French authorities", "level",
        period_text="Between 1 January and 30 June 2019", period_start="2019-01-01", period_end="2019-06-30")),
    "Question 2: How much money has the UK given France for this purpose?",
    L("Answer: Under the Joint Action Plan of 24 January 2019 the UK committed £6.2 million to French surveillance "
      "and security equipment, all of which had been paid by 30 June.",
      F(6200000, "GBP", "GB", "FR", "disbursed", "French surveillance and security equipment",
        note="committed in January and fully paid by 30 June: reported as spent")),
    L("In 2018-19 the UK also contributed £350,000 to the safeguarding of unaccompanied children in northern France.",
      F(350000, "GBP", "GB", "FR", "disbursed", "safeguarding of unaccompanied children in northern France",
        period_text="In 2018-19", period_start="2018-04-01", period_end="2019-03-31")),
    L("The UK will provide a further £1.4 million for the same purpose in 2019-20.",
      C("GB", "funding", "will"),
      F(1400000, "GBP", "GB", "FR", "pledge", "safeguarding of unaccompanied children in northern France",
        period_text="in 2019-20", period_start="2019-04-01", period_end="2020-03-31")),
    L("The running costs of Border Force cutters in the Channel, some £2.1 million in the same period, are met from "
      "the Home Office's own budget.",
      N("funding", "own operating cost, not money given")),
    "Question 3: How many UK officers work on this in France?",
    L("Answer: 68 Border Force and Immigration Enforcement officers were deployed at the juxtaposed controls on 30 "
      "June 2019, compared with 61 a year earlier.",
      S(68, "officers", "exact", "UK officers deployed at the juxtaposed controls", "level",
        period_text="on 30 June 2019", period_start="2019-06-30", period_end="2019-06-30"),
      S(61, "officers", "exact", "UK officers deployed at the juxtaposed controls", "level",
        period_text="a year earlier", period_start="2018-06-30", period_end="2018-06-30")),
    L("Some 15 National Crime Agency officers also work alongside French investigators, and the joint intelligence "
      "cell has helped to dismantle 9 smuggling networks since January.",
      S(15, "officers", "approximately", "NCA officers working alongside French investigators", "level"),
      S(9, "networks", "exact", "smuggling networks dismantled with the joint intelligence cell", "level",
        period_text="since January", period_start="2019-01-01")),
    L("Some information in the annex has been withheld under section 27 (international relations) of the Act.",
      N("statistics", "section number", q="section 27")),
    "Annex A: Extract from the UK–France Joint Action Plan (released in part)",
    "The two Governments will:",
    L("a. reinforce surveillance of the beaches between Dunkirk and Boulogne, including with drones and night-vision "
      "equipment;", C(A, "border_security", "will")),
    L("b. increase joint intelligence work to dismantle the networks behind small boat crossings;",
      C(A, "policing_intelligence", "will")),
    L("c. return to France, where possible, those who arrive in the UK by small boat;",
      C(A, "returns", "will")),
    L("d. run an information campaign in Calais and Dunkirk on the dangers of the crossing;",
      C(A, "information_campaigns", "will")),
    L("e. [text withheld];",
      N("commitments", "redacted item: no content to annotate")),
    L("f. exchange data on small boat crossings every week through the joint intelligence cell.",
      C(A, "legal_framework", "will", note="data exchange")),
    L("France will keep its procedures for maritime interventions in the Channel under review.",
      C("FR", "border_security", "will")),
    L("The United Kingdom will fund the equipment listed in paragraph 4.",
      C("GB", "funding", "will"),
      N("statistics", "paragraph number", q="paragraph 4")),
    L("We will publish updated figures on small boat crossings in the autumn.",
      C("GB", "governance", "will", "in the autumn", "2019-11-30")),
    L("If you are dissatisfied with this response you may ask for an internal review within two months of the date "
      "of this letter.",
      N("commitments", "'may': an option open to the requester, not an undertaking")),
    "Yours sincerely,",
    "Immigration and Border Policy Directorate",
]
