from lib import L, C, F, S, N

DATE = "2022-11-25"
SLUG = "chairs-summary-north-sea-channel-ministerial"
TITLE = "Chair's Summary: Ministerial Meeting on Migrant Smuggling across the North Sea and the Channel"
PARTIES = "GB;FR;BE;NL;DE"
DOC_TYPE = "other"
PLACE = "Ostend"
GENRE = "Chair's summary of a multilateral ministerial meeting (numbered paragraphs, issued under the chair's responsibility)"
STRESS = "place only in the closing line ('Ostend, issued under the sole responsibility of the Chair')"
THIRD = "Belgium, the Netherlands, Germany (parties and actors); Europol and Frontex (actors); European Commission (actor and donor)"

A = "GB;FR;BE;NL;DE"

LINES = [
    "Chair's Summary",
    "Ministerial Meeting on Migrant Smuggling across the North Sea and the Channel",
    "25 November 2022",
    L("1. The interior ministers of Belgium, France, Germany, the Netherlands and the United Kingdom met today, "
      "together with the European Commission, Europol and Frontex.",
      N("statistics", "paragraph number", q="1. The interior ministers")),
    L("The meeting was the fourth in this format since 2019.",
      N("statistics", "an ordinal and a year, not a figure about the world")),
    L("2. Ministers heard that more than 40,000 people had crossed the Channel in small boats since January, "
      "compared with 28,500 in the whole of 2021.",
      S(40000, "people", "more_than", "small boat crossings of the Channel", "level", period_text="since January",
        period_start="2022-01-01", location="English Channel"),
      S(28500, "people", "exact", "small boat crossings of the Channel", "level",
        period_text="in the whole of 2021", period_start="2021-01-01", period_end="2021-12-31",
        location="English Channel")),
    L("3. Europol reported that 61 smuggling networks active on the route had been identified this year, 22 of "
      "them based in Germany or the Netherlands.",
      S(61, "networks", "exact", "smuggling networks identified on the North Sea and Channel route", "level",
        period_text="this year", period_start="2022-01-01", period_end="2022-12-31"),
      S(22, "networks", "exact", "smuggling networks based in Germany or the Netherlands", "level",
        location="Germany or the Netherlands")),
    L("4. Boats and engines are increasingly bought in Germany and moved through Belgium; seizures of boats on "
      "the coast rose from 180 last year to 510.",
      S(180, "other", "exact", "boats seized on the coast", "level", period_text="last year",
        period_start="2021-01-01", period_end="2021-12-31"),
      S(510, "other", "exact", "boats seized on the coast", "level")),
    L("5. Ministers welcomed the arrest of 17 suspected smugglers during a joint action day coordinated by "
      "Europol in October.",
      N("commitments", "welcoming a past operation"),
      S(17, "people", "exact", "suspected smugglers arrested on a joint action day", "level",
        period_text="in October", period_start="2022-10-01", period_end="2022-10-31")),
    L("6. Ministers agreed to:", N("commitments", "bare lead-in; its items are the commitments")),
    L("(a) establish a joint operational team on boat and engine supply chains by March 2023;",
      C(A, "policing_intelligence", "agree", "by March 2023", "2023-03-31")),
    L("(b) exchange passenger and cargo data on the North Sea routes in real time where national law allows;",
      C(A, "legal_framework", "agree")),
    L("(c) meet again in the Netherlands in the first half of 2023.",
      C(A, "governance", "agree", "in the first half of 2023", "2023-06-30")),
    L("7. Germany will tighten checks on the sale of large inflatable boats and outboard engines.",
      C("DE", "policing_intelligence", "will")),
    L("8. Belgian and Dutch liaison officers will join the Joint Coordination Centre at Coquelles.",
      C("BE;NL", "policing_intelligence", "will")),
    L("9. Europol will open a dedicated analysis project on the route and second two analysts to the "
      "operational team.",
      C("Europol", "policing_intelligence", "will")),
    L("10. Frontex will extend its aerial surveillance to the southern North Sea from January.",
      C("Frontex", "border_security", "will")),
    L("11. The United Kingdom will provide £6 million (about €6.9 million) over two years to the operational "
      "team.",
      C("GB", "funding", "will"),
      F(6000000, "GBP", "GB", "joint operational team", "pledge", "the joint operational team on supply chains",
        alt_amount=6900000, alt_currency="EUR", period_text="over two years")),
    L("12. The European Commission will make €15 million available from the Border Management and Visa "
      "Instrument for surveillance equipment on the Belgian and French coasts.",
      C("European Commission", "funding", "will"),
      F(15000000, "EUR", "European Commission", "BE;FR", "pledge",
        "surveillance equipment on the Belgian and French coasts")),
    L("The Commission has already provided €9 million to Belgium for coastal radars since 2021.",
      F(9000000, "EUR", "European Commission", "BE", "disbursed", "coastal radars", period_text="since 2021")),
    L("13. France recalled that it had spent €45 million on its own coastal surveillance this year.",
      N("funding", "a party's own spending, not money given to a partner")),
    L("14. France and the United Kingdom stand ready to share their experience of bilateral cooperation with "
      "the other participants.",
      C("GB;FR", "eu_international", "other", conf="borderline",
        note="'stand ready' is an offer rather than a firm undertaking")),
    L("15. Several ministers stressed that the crossings could only be stopped by tackling illegal working.",
      N("commitments", "a view attributed to some ministers")),
    "Ministers also discussed the situation at the external borders of the Union and the prevention of "
    "secondary movements towards the coast.",
    L("16. The Chair thanked the port authority and the Federal Police for hosting the ministers' visit to the "
      "maritime information centre.",
      N("commitments", "thanks")),
    "Ostend, issued under the sole responsibility of the Chair",
]
