from lib import L, C, F, S, N

DATE = "2002-11-14"
SLUG = "uk-france-non-paper-channel-illegal-migration-jha-council"
TITLE = ("A common approach to illegal migration through the Channel area: proposals for the Council "
         "(Justice and Home Affairs)")
PARTIES = "GB;FR"
DOC_TYPE = "other"
PLACE = "Brussels"
GENRE = "Joint non-paper submitted by two delegations to EU partners ahead of a Council meeting (numbered paragraphs)"
STRESS = ("date only in a dotted line with a Roman-numeral month ('Brussels, 14.XI.2002') under a distribution "
          "marking; title below a generic 'NON-PAPER' heading")
THIRD = "European Commission (actor and donor: reported undertaking and an offer of Community money); Belgium invited, not acting"

LINES = [
    "LIMITE",
    L("Brussels, 14.XI.2002",
      N("statistics", "place and date line (Roman-numeral month), not a figure")),
    L("Ref. JAI/NP/2002/118",
      N("statistics", "document reference number")),
    "NON-PAPER",
    "submitted by the United Kingdom and French delegations",
    "A common approach to illegal migration through the Channel area: proposals for the Council (Justice and Home "
    "Affairs)",
    "I. The situation",
    L("1. The closure of the Red Cross centre at Sangatte, announced by the two Interior Ministers this autumn, marks "
      "the end of one chapter but not the end of the problem.",
      N("commitments", "report of a past announcement and a description of the situation")),
    L("2. Since it opened in September 1999 the centre has received more than 67,000 people, and in the first nine "
      "months of 2002 Eurotunnel recorded some 18,500 attempts to enter the tunnel on foot.",
      S(67000, "people", "more_than", "people received at the Sangatte centre", "level",
        period_text="Since it opened in September 1999", period_start="1999-09-01", location="Sangatte"),
      S(18500, "attempts", "approximately", "attempts to enter the Channel Tunnel on foot", "level",
        period_text="in the first nine months of 2002", period_start="2002-01-01", period_end="2002-09-30",
        location="Channel Tunnel")),
    L("3. Detections of clandestine entrants in lorries at Calais fell by 40% between June and October, while the "
      "number of asylum applications lodged in the Pas-de-Calais rose by a quarter over the same period.",
      S(40, "percent", "exact", "detections of clandestine entrants in lorries", "decrease",
        period_text="between June and October", period_start="2002-06-01", period_end="2002-10-31",
        location="Calais"),
      S(25, "percent", "exact", "asylum applications lodged", "increase", location="Pas-de-Calais",
        note="'a quarter' read as 25 percent (D6)")),
    L("4. Nearly 60% of those who passed through the centre were Afghan or Iraqi nationals, and Eurotunnel has "
      "doubled its own security staff since January.",
      S(60, "percent", "approximately", "share of Sangatte residents who were Afghan or Iraqi nationals", "level",
        location="Sangatte"),
      S(2, "factor", "exact", "Eurotunnel security staff", "increase", period_text="since January",
        location="Channel Tunnel")),
    L("5. Under the Dublin Convention only 120 transfers were made from the United Kingdom to France in 2001, "
      "against 1,350 requests.",
      S(120, "people", "exact", "Dublin transfers from the United Kingdom to France", "level",
        period_text="in 2001", period_start="2001-01-01", period_end="2001-12-31"),
      S(1350, "other", "exact", "Dublin transfer requests from the United Kingdom to France", "level",
        period_text="in 2001", period_start="2001-01-01", period_end="2001-12-31")),
    L("6. Neither country can solve alone a problem that begins thousands of kilometres from the Channel.",
      N("commitments", "general belief")),
    L("7. Smugglers are reported to charge between €500 and €1,000 for a place in a lorry.",
      N("funding;statistics", "smugglers' price range: neither funding nor a figure to record")),
    "II. Bilateral measures",
    L("8. The two delegations have agreed to:",
      N("commitments", "bare lead-in; its items are the commitments")),
    L("(a) extend juxtaposed immigration controls to the ports of Calais and Dunkirk by the end of March 2003;",
      C("GB;FR", "border_security", "agree", "by the end of March 2003", "2003-03-31")),
    L("(b) station additional French border police officers at Coquelles and British immigration officers at the "
      "Calais ferry terminal;",
      C("GB;FR", "border_security", "agree")),
    L("(c) return jointly, on shared charter flights, those with no right to remain, beginning with nationals of "
      "Afghanistan;",
      C("GB;FR", "returns", "agree")),
    L("(d) run a joint information campaign in northern Iraq and Afghanistan on the risks of the journey.",
      C("GB;FR", "information_campaigns", "agree")),
    L("9. France will keep the Sangatte site closed and will not open a comparable centre in the Calais area.",
      C("FR", "reception_welfare", "will")),
    L("10. The United Kingdom will contribute £2 million (about €3.1 million) in 2003 towards the cost of the "
      "additional controls at Calais.",
      C("GB", "funding", "will"),
      F(2000000, "GBP", "GB", "FR (additional controls at Calais)", "pledge", "additional controls at Calais",
        alt_amount=3100000, alt_currency="EUR", period_text="in 2003", period_start="2003-01-01",
        period_end="2003-12-31")),
    L("11. Since April the United Kingdom has funded heartbeat detectors and carbon dioxide probes at the port of "
      "Calais to the value of £1.4 million.",
      F(1400000, "GBP", "GB", "FR (port of Calais)", "disbursed", "heartbeat detectors and CO2 probes at Calais",
        period_text="Since April", period_start="2002-04-01", period_end="2002-11-14")),
    L("12. Both Governments intend to conclude an additional protocol on the Dunkirk controls in the first half of "
      "2003.",
      C("GB;FR", "legal_framework", "intend", "in the first half of 2003", "2003-06-30")),
    "III. The European dimension",
    L("13. The two delegations support the adoption, before the end of this year, of the Council directive on "
      "assistance in cases of transit for the purposes of removal by air.",
      C("GB;FR", "eu_international", "support", "before the end of this year", "2002-12-31")),
    L("14. The Commission has indicated that it will present proposals for a Community return programme by June "
      "2003.",
      C("European Commission", "returns", "will", "by June 2003", "2003-06-30",
        note="reported undertaking of the Commission (D1)")),
    L("15. It has also offered €4 million from the budget line for cooperation with third countries to support "
      "the first joint flights.",
      F(4000000, "EUR", "European Commission", "GB;FR (joint return flights)", "pledge",
        "first joint return flights", note="an offer of money is a pledge (D17)"),
      C("European Commission", "funding", "other", conf="borderline", note="an offer of money (D17)")),
    L("16. The two delegations call on the Member States bordering the Mediterranean to strengthen controls at "
      "their external borders.",
      N("commitments", "a call on other states, not an undertaking of the authors")),
    L("17. France and the United Kingdom invite Belgium to associate itself with the arrangements in the port of "
      "Zeebrugge.",
      N("commitments", "an invitation to a third state, not an undertaking")),
    L("18. A joint team will evaluate the effect of the closure on flows through Belgium and the Netherlands and "
      "will share its findings with Europol.",
      C("GB;FR", "governance", "will")),
    L("19. The two delegations will report to the Council on implementation at its meeting in May 2003.",
      C("GB;FR", "governance", "will", "at its meeting in May 2003", "2003-05-31")),
]
