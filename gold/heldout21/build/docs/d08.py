from lib import L, C, F, S, N

DATE = "2019-05-20"
SLUG = "standard-operating-procedures-joint-maritime-coordination-cell-channel"
TITLE = "Standard Operating Procedures: Joint Maritime Coordination Cell for the Channel"
PARTIES = "GB;FR"
DOC_TYPE = "arrangement"
PLACE = "Coquelles"
GENRE = ("Standard operating procedures of a joint bilateral operational centre (staffing, alert procedure, "
         "intelligence handling, activity annex, costs, review)")
STRESS = ("heading gives only a version number; the date only in ISO form in a document-control footer "
          "('2019-05-20'), the place only in the 'Approved' line after it")
THIRD = "Europol (actor: an analyst attached to the Cell)"

LINES = [
    "OFFICIAL",
    "Standard Operating Procedures: Joint Maritime Coordination Cell for the Channel",
    L("Version 2.1 - supersedes version 1.4",
      N("statistics", "version numbers")),
    "1. Scope",
    "1.1 These procedures apply to officers of Border Force, the National Crime Agency, the Police aux Frontières, "
    "the Gendarmerie maritime and the Préfecture maritime de la Manche et de la mer du Nord assigned to the Cell.",
    L("1.2 Nothing in these procedures affects the duties of the Participants under Article 98 of the United "
      "Nations Convention on the Law of the Sea.",
      N("commitments;statistics", "saving clause; article number")),
    L("1.3 The Cell is not an operational command and does not direct the assets of either Participant.",
      N("commitments", "description of the Cell's status, no undertaking")),
    "2. Staffing",
    L("2.1 The Cell shall be staffed 24 hours a day, seven days a week, by at least one UK and one French officer.",
      C("GB;FR", "border_security", "will")),
    L("2.2 Each Participant shall appoint a duty manager of the rank of inspector or equivalent.",
      C("GB;FR", "governance", "will")),
    L("2.3 Each Participant shall bear the salaries of its own officers.",
      C("GB;FR", "funding", "will"),
      N("funding", "own staff costs, no money given (D10)")),
    L("2.4 A Europol analyst will be attached to the Cell from July 2019 to support the exchange of intelligence on "
      "smuggling networks.",
      C("Europol", "policing_intelligence", "will", "from July 2019", "2019-07-31", note="start phrase (D4)")),
    "3. Alerts",
    L("3.1 On receiving a report of a small boat under way or in difficulty, the duty officer shall:",
      N("commitments", "bare lead-in (D2)")),
    L("(a) inform CROSS Gris-Nez and HM Coastguard Dover without delay;",
      C("GB;FR", "border_security", "will", note="search and rescue coordination classed as border_security (D15)")),
    L("(b) log the sighting in the shared incident register;",
      C("GB;FR", "border_security", "will")),
    L("(c) pass the position and description of the vessel to the patrol assets of both Participants.",
      C("GB;FR", "border_security", "will")),
    L("3.2 French assets will remain responsible for interventions in French waters, and UK assets for "
      "interventions in UK waters.",
      C("GB;FR", "border_security", "will")),
    "4. Intelligence",
    L("4.1 Information on facilitators shall be shared through the Cell within 24 hours and shall not be used as "
      "evidence without the consent of the Participant that supplied it.",
      C("GB;FR", "policing_intelligence", "will")),
    L("4.2 The NCA will provide the Cell with a weekly assessment of smuggling activity.",
      C("GB", "policing_intelligence", "will")),
    "5. Activity in 2018 (for information)",
    L("5.1 In 2018 the Cell handled 1,840 alerts, up 45% on 2017.",
      S(1840, "other", "exact", "alerts handled by the Cell", "level", period_text="In 2018",
        period_start="2018-01-01", period_end="2018-12-31", location="Channel"),
      S(45, "percent", "exact", "alerts handled by the Cell", "increase", period_text="on 2017",
        location="Channel")),
    L("5.2 Small boats accounted for 276 of these alerts, with an estimated 2,100 people on board.",
      S(276, "other", "exact", "alerts concerning small boats", "level", location="Channel"),
      S(2100, "people", "approximately", "people on board small boats", "level", location="Channel")),
    L("5.3 In the first four months of 2019 French forces stopped 410 people at sea or on the beaches, three times as "
      "many as in the same period of 2018.",
      S(410, "attempts", "exact", "people stopped at sea or on the beaches by French forces", "level",
        period_text="In the first four months of 2019", period_start="2019-01-01", period_end="2019-04-30",
        location="northern French coast", note="prevented crossings count attempts (D8)"),
      S(3, "factor", "exact", "people stopped at sea or on the beaches by French forces", "increase",
        location="northern French coast")),
    "6. Costs and review",
    L("6.1 The Participants will share the running costs of the Cell equally; the UK has provided £1.2 million for "
      "equipment and the French Ministry of the Interior the premises and €400,000 for communications.",
      C("GB;FR", "funding", "will"),
      F(1200000, "GBP", "GB", "Joint Maritime Coordination Cell", "disbursed", "equipment of the Cell"),
      F(400000, "EUR", "FR", "Joint Maritime Coordination Cell", "disbursed", "communications of the Cell")),
    L("6.2 The UK will fund two further radar sites on the French coast, at a cost of up to £3 million over 2019/20 "
      "and 2020/21.",
      C("GB", "funding", "will", note="a commitment to pay takes the theme funding (D15)"),
      F(3000000, "GBP", "GB", "FR (radar sites on the French coast)", "pledge", "two further radar sites",
        period_text="over 2019/20 and 2020/21", period_start="2019-04-01", period_end="2021-03-31",
        note="ceiling (D11); a single sum over two financial years")),
    L("6.3 The Joint Steering Group will review these procedures by 31 December 2019 and after any serious incident.",
      C("GB;FR", "governance", "will", "by 31 December 2019", "2019-12-31")),
    L("Annex A (contact numbers) is not reproduced.",
      N("all", "note on an annex")),
    L("Document control: JMCC-SOP | v2.1 | 2019-05-20 | OFFICIAL",
      N("statistics", "document-control footer: version and date")),
    "Approved: UK-France Joint Steering Group, Coquelles",
]
