from lib import L, C, F, S, N

DATE = "2006-03-21"
SLUG = "joint-investigation-team-agreement-kestrel"
TITLE = "Agreement on the setting up of a Joint Investigation Team (Operation KESTREL)"
PARTIES = "GB;FR;BE"
DOC_TYPE = "arrangement"
PLACE = "The Hague"
GENRE = "Joint investigation team (JIT) agreement between prosecuting and police authorities (model-agreement sections, background, costs)"
STRESS = "date and place written in words only in the closing 'Done at' formula"
THIRD = "Belgium (party, actor, donor); Eurojust and Europol (actors); European Commission (donor, AGIS)"

A = "GB;FR;BE"

LINES = [
    "AGREEMENT ON THE SETTING UP OF A JOINT INVESTIGATION TEAM",
    "(Operation KESTREL - facilitation of illegal immigration through the Channel and North Sea ports)",
    L("Reference: JIT/2006/014", N("statistics", "agreement reference number", q="JIT/2006/014")),
    "1. Parties",
    L("The following parties have agreed to set up a joint investigation team (hereinafter \"the JIT\"):",
      C(A, "policing_intelligence", "agree", q="The following parties have agreed to set up a joint investigation team",
        note="establishing clause; the items that follow list the parties, not actions")),
    "- the Crown Prosecution Service and the National Criminal Intelligence Service of the United Kingdom;",
    "- the Public Prosecutor's Office at the Tribunal de grande instance of Lille and the Central Office for the "
    "Repression of Irregular Immigration (OCRIEST) of the French Republic;",
    "- the Federal Prosecutor's Office and the Federal Judicial Police of the Kingdom of Belgium.",
    L("The JIT is set up under Article 13 of the Convention on Mutual Assistance in Criminal Matters between the "
      "Member States of the European Union.",
      N("statistics", "article number", q="Article 13 of the Convention")),
    "2. Purpose and background",
    L("2.1 The JIT shall investigate the criminal network known to the parties as the \"Kestrel\" network, which "
      "is suspected of having smuggled people into the United Kingdom through Zeebrugge, Calais and Dunkirk.",
      C(A, "policing_intelligence", "will", q="The JIT shall investigate the criminal network known to the parties "
        "as the \"Kestrel\" network")),
    L("2.2 The parties shall seek to identify the organisers of the network, to bring them before the courts of the "
      "State best placed to prosecute, and to trace and seize the proceeds of the offences.",
      C(A, "policing_intelligence", "will", q="The parties shall seek to identify the organisers of the network")),
    L("2.3 The network is thought to have moved at least 1,100 people between March 2004 and December 2005, "
      "charging each of them between £1,500 and £3,000.",
      S(1100, "people", "more_than", "people smuggled by the Kestrel network", "level",
        period_text="between March 2004 and December 2005", period_start="2004-03-01", period_end="2005-12-31",
        conf="borderline", note="an estimate ('is thought to'); 'at least' read as more_than"),
      N("funding", "smugglers' fees, not funding", q="between £1,500 and £3,000")),
    L("In 2005 alone, officers in the three States intercepted 310 people concealed in lorries linked to the "
      "network, twice as many as in 2004; 47 of them were found at Zeebrugge.",
      S(310, "attempts", "exact", "people intercepted concealed in lorries linked to the network", "level",
        period_text="In 2005 alone", period_start="2005-01-01", period_end="2005-12-31"),
      S(2, "factor", "exact", "interceptions of people concealed in the network's lorries, 2005 vs 2004",
        "increase"),
      S(47, "attempts", "exact", "people intercepted concealed in the network's lorries at Zeebrugge", "level",
        location="Zeebrugge")),
    L("The investigation has so far identified 23 suspects, nine of them in Belgium.",
      S(23, "people", "exact", "suspects identified", "level"),
      S(9, "people", "exact", "suspects identified in Belgium", "level", location="Belgium")),
    "3. Period of operation",
    L("The JIT shall operate for twelve months from the date of the last signature of this agreement.",
      C(A, "governance", "will", "for twelve months from the date of the last signature of this agreement",
        "2007-03-20", note="twelve months from 21 March 2006, last day 20 March 2007")),
    L("The period may be extended by mutual consent of the parties.",
      N("commitments", "permission ('may be extended'), not an undertaking")),
    "4. Leadership and members",
    L("4.1 The United Kingdom will second four NCIS officers and one Crown Prosecution Service lawyer to the team.",
      C("GB", "policing_intelligence", "will", q="The United Kingdom will second four NCIS officers")),
    L("France will second six officers of OCRIEST.",
      C("FR", "policing_intelligence", "will"),
      N("statistics", "number inside the commitment's target", q="six officers of OCRIEST")),
    L("Belgium will second three officers of the Federal Judicial Police.",
      C("BE", "policing_intelligence", "will")),
    L("4.2 Eurojust will take part in the JIT through its national members for the three States and will host "
      "its coordination meetings.",
      C("Eurojust", "eu_international", "will", q="Eurojust will take part in the JIT")),
    L("4.3 Europol will provide analytical support through its analysis work file on facilitated illegal "
      "immigration.",
      C("Europol", "eu_international", "will", q="Europol will provide analytical support")),
    L("The parties shall contribute all relevant intelligence to that file within thirty days of obtaining it.",
      C(A, "policing_intelligence", "will")),
    "5. Exchange of information",
    L("5.1 Information lawfully obtained by a member of the JIT may be used for the purposes of the investigation.",
      N("commitments", "permission, not an undertaking", q="may be used for the purposes of the investigation")),
    L("5.2 Requests for mutual legal assistance between the parties concerning the JIT shall be executed within "
      "one month.",
      C(A, "legal_framework", "will", q="Requests for mutual legal assistance between the parties")),
    "6. Costs",
    L("6.1 Each party shall bear the costs of its own members, including salaries and travel.",
      C(A, "funding", "will", q="Each party shall bear the costs of its own members")),
    L("6.2 The European Commission has awarded the JIT a grant of €180,000 under the AGIS programme for 2006, to "
      "be managed by the Belgian Federal Prosecutor's Office.",
      F(180000, "EUR", "European Commission", "BE (Federal Prosecutor's Office, for the JIT)", "pledge",
        "running costs of the JIT (AGIS programme)", period_text="for 2006", period_start="2006-01-01",
        period_end="2006-12-31", note="awarded for the coming year, not yet spent")),
    L("6.3 The United Kingdom will contribute €45,000 (£31,000) towards interpretation and translation.",
      C("GB", "funding", "will"),
      F(45000, "EUR", "GB", "JIT", "pledge", "interpretation and translation", alt_amount=31000,
        alt_currency="GBP")),
    L("Belgium will provide €15,000 for surveillance equipment.",
      C("BE", "funding", "will"),
      F(15000, "EUR", "BE", "JIT", "pledge", "surveillance equipment")),
    L("France will make a secure office available to the team at Coquelles free of charge.",
      C("FR", "policing_intelligence", "will")),
    "7. Evaluation",
    L("The leaders of the JIT will submit a joint evaluation report to Eurojust within three months of the end of "
      "the JIT.",
      C(A, "governance", "will", "within three months of the end of the JIT", "2007-06-20",
        note="end of the JIT is 20 March 2007; three months later")),
    L("Done at The Hague on the twenty-first day of March in the year two thousand and six, in three originals in "
      "the English, French and Dutch languages, each text being equally authentic.",
      N("statistics", "number of originals", q="in three originals")),
    "For the United Kingdom: Margaret Ellery, Crown Prosecution Service; Colin Bastable, NCIS",
    "For the French Republic: Jean-Marc Vautrin, Procureur de la République, Lille",
    "For the Kingdom of Belgium: Lieve Van Damme, Federal Prosecutor's Office",
]
