from lib import L, C, F, S, N

DATE = "2008-03-17"
SLUG = "home-office-written-evidence-lords-frontex-inquiry"
TITLE = "Memorandum by the Home Office (UK Border Agency)"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = ""
GENRE = "Written evidence memorandum submitted by a government department to a parliamentary committee inquiry (numbered paragraphs)"
STRESS = "date only at the very end, under the department's sign-off"
THIRD = "Frontex (actor, recipient of UK money); France acts; European Court of Justice named"

LINES = [
    "Select Committee on the European Union",
    "Sub-Committee F (Home Affairs)",
    "Inquiry: FRONTEX and the management of the external borders",
    "Memorandum by the Home Office (UK Border Agency)",
    "Introduction",
    "1. This memorandum sets out the Government's view of the United Kingdom's cooperation with FRONTEX, the "
    "European Agency for the Management of Operational Cooperation at the External Borders, and with France at the "
    "shared border in the Channel.",
    L("2. The United Kingdom does not take part in the Schengen provisions on border control and has no vote on "
      "the Agency's Management Board, a position which the United Kingdom has challenged in Case C-77/05 before "
      "the European Court of Justice.",
      N("statistics", "case number", q="Case C-77/05")),
    L("3. The Government nevertheless believes that close practical cooperation with the Agency is in the "
      "national interest.",
      N("commitments", "general belief, no action", q="The Government nevertheless believes that close practical "
        "cooperation with the Agency is in the national interest")),
    "UK participation in joint operations",
    L("4. In 2007 the United Kingdom took part in 11 of the 33 joint operations coordinated by FRONTEX, deploying "
      "64 officers and two surveillance aircraft for a total of 1,450 officer-days.",
      S(11, "other", "exact", "FRONTEX joint operations with UK participation", "level", period_text="In 2007",
        period_start="2007-01-01", period_end="2007-12-31"),
      S(33, "other", "exact", "joint operations coordinated by FRONTEX", "level", period_text="In 2007",
        period_start="2007-01-01", period_end="2007-12-31"),
      S(64, "officers", "exact", "UK officers deployed to FRONTEX joint operations", "level", period_text="In 2007",
        period_start="2007-01-01", period_end="2007-12-31"),
      S(2, "other", "exact", "UK surveillance aircraft deployed to FRONTEX joint operations", "level",
        period_text="In 2007", period_start="2007-01-01", period_end="2007-12-31"),
      S(1450, "other", "exact", "officer-days deployed to FRONTEX joint operations", "level",
        period_text="In 2007", period_start="2007-01-01", period_end="2007-12-31")),
    L("5. The United Kingdom contributed €1.2 million to the costs of those operations, including the running costs "
      "of the aircraft.",
      F(1200000, "EUR", "GB", "Frontex", "disbursed", "costs of FRONTEX joint operations in 2007",
        period_start="2007-01-01", period_end="2007-12-31")),
    L("6. The Government intends to increase the United Kingdom's participation in 2008.",
      C("GB", "eu_international", "intend", "in 2008", "2008-12-31")),
    L("We will offer FRONTEX a pool of up to 80 officers for sea and air border operations, and we will "
      "contribute a further €1.5 million to the operations in which we take part this year.",
      C("GB", "eu_international", "will"),
      F(1500000, "EUR", "GB", "Frontex", "pledge", "FRONTEX operations with UK participation", period_text="this year",
        period_start="2008-01-01", period_end="2008-12-31"),
      N("statistics", "number inside the commitment's target", q="a pool of up to 80 officers")),
    L("The Royal Navy has agreed to make a patrol vessel available for the HERA operation off West Africa during "
      "the summer months.",
      C("GB", "eu_international", "agree", "during the summer months", "2008-08-31")),
    "Cooperation with France",
    L("7. The juxtaposed controls in France and Belgium remain the cornerstone of our border security.",
      N("commitments", "description of a situation", q="remain the cornerstone of our border security")),
    L("In 2007 the controls at Calais, Coquelles and Dunkirk prevented 18,200 attempts to enter the United Kingdom "
      "clandestinely, compared with 10,500 in 2006, an increase of almost three quarters.",
      S(18200, "attempts", "exact", "clandestine entry attempts prevented at the juxtaposed controls", "level",
        period_text="In 2007", period_start="2007-01-01", period_end="2007-12-31",
        location="Calais, Coquelles and Dunkirk"),
      S(10500, "attempts", "exact", "clandestine entry attempts prevented at the juxtaposed controls", "level",
        period_text="2006", period_start="2006-01-01", period_end="2006-12-31",
        location="Calais, Coquelles and Dunkirk"),
      S(75, "percent", "approximately", "change in attempts prevented, 2007 vs 2006", "increase",
        location="Calais, Coquelles and Dunkirk", note="'almost three quarters' read as about 75%")),
    L("8. France has undertaken to complete a new fence around the Calais ferry terminal by the end of 2008.",
      C("FR", "border_security", "undertake", "by the end of 2008", "2008-12-31")),
    L("The total cost of the fence is estimated at £5 million.",
      N("funding", "cost of a project, not a sum given by a party")),
    L("The United Kingdom will pay £2.5 million of it, in two instalments.",
      C("GB", "funding", "will"),
      F(2500000, "GBP", "GB", "FR", "pledge", "new fence around the Calais ferry terminal")),
    L("9. The two Governments will also hold a joint review of the juxtaposed controls before the end of the "
      "French Presidency of the European Union in December 2008.",
      C("GB;FR", "governance", "will",
        "before the end of the French Presidency of the European Union in December 2008", "2008-12-31")),
    "FRONTEX and the Channel",
    L("10. FRONTEX has no operational role at the juxtaposed controls, and the Government does not intend to seek "
      "one.",
      C("GB", "eu_international", "intend", q="the Government does not intend to seek one",
        note="negative intention")),
    L("11. The Agency will, however, include the Channel ports in its annual risk analysis at the joint request of "
      "the United Kingdom and France.",
      C("Frontex", "eu_international", "will")),
    L("It will also train 25 French and British document examiners by the autumn.",
      C("Frontex", "border_security", "will", "by the autumn", "2008-11-30"),
      N("statistics", "number inside the commitment's target", q="train 25 French and British document examiners")),
    L("12. The Government welcomes the Committee's inquiry and will respond to its report within two months of "
      "publication.",
      C("GB", "governance", "will", "within two months of publication", "",
        q="will respond to its report within two months of publication",
        note="relative anchor with no date"),
      N("commitments", "welcome", q="The Government welcomes the Committee's inquiry")),
    "UK Border Agency",
    "17 March 2008",
]
