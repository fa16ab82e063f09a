from lib import L, C, F, S, N

DATE = "2003-06-17"
SLUG = "commons-urgent-question-channel-ports-clandestine-entry"
TITLE = "Channel Ports (Clandestine Entry)"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = ""
GENRE = "House of Commons urgent question with the minister's reply and supplementaries (Hansard)"
STRESS = "date only inside the Hansard column reference ('17 Jun 2003 : Column 712')"
THIRD = "none (France acts in reported and joint undertakings)"

LINES = [
    "House of Commons Hansard Debates",
    L("17 Jun 2003 : Column 712",
      N("statistics", "Hansard column number, not a figure about the world", q="Column 712")),
    "Channel Ports (Clandestine Entry)",
    "3.31 pm",
    L("Mr. Tobias Wren (Folkestone and Hythe) (Con) (Urgent Question): To ask the Secretary of State for the "
      "Home Department if he will make a statement on clandestine entry through the Channel ports since the "
      "closure of the Sangatte centre.",
      N("commitments", "the urgent question itself: asks for a statement, binds nobody",
        q="if he will make a statement on clandestine entry through the Channel ports")),
    L("The Minister for Citizenship and Immigration (Mr. Ralph Kendrick): Since the Sangatte centre closed, the "
      "number of clandestine entrants detected in Kent has fallen sharply."),
    L("In the four weeks to 8 June, 212 people were detected at Dover and in the tunnel, against 1,340 in the "
      "same four weeks of last year, a fall of 84 per cent.",
      S(212, "people", "exact", "clandestine entrants detected at Dover and in the Channel Tunnel", "level",
        period_text="In the four weeks to 8 June", period_start="2003-05-12", period_end="2003-06-08",
        location="Dover and the Channel Tunnel"),
      S(1340, "people", "exact", "clandestine entrants detected at Dover and in the Channel Tunnel", "level",
        period_text="the same four weeks of last year", period_start="2002-05-12", period_end="2002-06-08",
        location="Dover and the Channel Tunnel"),
      S(84, "percent", "exact", "change in clandestine entrants detected, four weeks to 8 June, year on year",
        "decrease", location="Dover and the Channel Tunnel")),
    L("Detections of people hidden in freight at Coquelles fell to 57 a week in May, from more than 300 a week "
      "last November.",
      S(57, "attempts", "exact", "weekly detections of people hidden in freight at Coquelles", "level",
        period_text="in May", period_start="2003-05-01", period_end="2003-05-31", location="Coquelles",
        note="detected before departure: prevented crossings count attempts"),
      S(300, "attempts", "more_than", "weekly detections of people hidden in freight at Coquelles", "level",
        period_text="last November", period_start="2002-11-01", period_end="2002-11-30", location="Coquelles")),
    L("That did not happen by chance. French officers at the port of Calais have stopped 1,960 attempts to board "
      "ferries without papers since the new controls began in February.",
      S(1960, "attempts", "exact", "attempts to board ferries without papers stopped by French officers at Calais",
        "level", period_text="since the new controls began in February", period_start="2003-02-01",
        period_end="2003-06-17", location="Calais")),
    L("I can tell the House that we will deploy a further 40 immigration officers to Calais and Dunkirk by the "
      "end of September.",
      C("GB", "border_security", "will", "by the end of September", "2003-09-30"),
      N("statistics", "number inside the commitment's target", q="a further 40 immigration officers")),
    L("The French Government have agreed to install heartbeat detectors and carbon dioxide probes at the freight "
      "terminal at Coquelles, and the United Kingdom will meet the cost, which is put at £1.2 million.",
      C("GB;FR", "border_security", "agree",
        note="France installs, the UK pays: both act in one sentence"),
      F(1200000, "GBP", "GB", "FR", "pledge", "heartbeat detectors and CO2 probes at the Coquelles freight terminal")),
    L("In addition, my right hon. Friend the Home Secretary and his French counterpart will meet in Le Touquet next "
      "month to agree a joint action plan on the ports, and I shall place a copy of that plan in the Library.",
      C("GB;FR", "governance", "will", "next month", "2003-07-31")),
    L("Mr. Wren: I am grateful to the Minister for that reply, but my constituents will not be reassured by "
      "statistics.",
      N("commitments", "'will not be reassured' is a prediction about constituents, not an undertaking",
        q="my constituents will not be reassured by statistics")),
    L("Lorry drivers tell me that attempts to board vehicles on the approaches to Calais have doubled since the "
      "spring.",
      S(2, "factor", "exact", "attempts to board lorries on the approaches to Calais", "increase",
        period_text="since the spring", location="Calais", conf="borderline",
        note="hearsay relayed by a backbencher ('Lorry drivers tell me'), not an official figure")),
    L("Will the Minister give a guarantee that no driver will face a civil penalty for stowaways found in a vehicle "
      "that has been checked by the French?",
      N("commitments", "a backbencher's question", q="Will the Minister give a guarantee")),
    L("Mr. Kendrick: The hon. Gentleman is right to speak up for hauliers. The civil penalty of £2,000 per "
      "clandestine entrant remains in place, but we intend to publish a revised code of practice for hauliers "
      "before the summer recess.",
      N("funding", "a penalty per entrant, not money given for cooperation", q="The civil penalty of £2,000 per "
        "clandestine entrant remains in place"),
      C("GB", "border_security", "intend", "before the summer recess", "",
        q="we intend to publish a revised code of practice for hauliers before the summer recess",
        note="parliamentary recess: relative anchor with no date in the text")),
    L("Drivers who follow the code will have a defence against the penalty.",
      C("GB", "legal_framework", "will", conf="borderline",
        note="states a legal consequence of the future code rather than an action by a party")),
    L("We will not, however, reopen any reception centre on the French coast.",
      C("GB", "reception_welfare", "will", note="negative undertaking")),
    L("Mr. Alan Pryce (Dover) (Lab): Does my hon. Friend agree that co-operation with the French authorities has "
      "been transformed in the past year?"),
    L("Mr. Kendrick: I do, and I pay tribute to the prefect of the Pas-de-Calais and his officers.",
      N("commitments", "tribute / thanks", q="I pay tribute to the prefect of the Pas-de-Calais and his officers")),
    L("The French police have arrested 94 facilitators at the port since January, compared with 31 in the whole of "
      "2002.",
      S(94, "people", "exact", "facilitators arrested by the French police at the port", "level",
        period_text="since January", period_start="2003-01-01", period_end="2003-06-17", location="Calais"),
      S(31, "people", "exact", "facilitators arrested by the French police at the port", "level",
        period_text="the whole of 2002", period_start="2002-01-01", period_end="2002-12-31", location="Calais")),
    L("Both Governments are committed to prosecuting the gangs on both sides of the Channel, and a joint "
      "intelligence cell will open at Coquelles in the autumn.",
      C("GB;FR", "policing_intelligence", "commit", "in the autumn", "2003-11-30")),
    L("Mrs. Joan Hatherley (Hornchurch) (LD): What has all this cost the taxpayer?"),
    L("Mr. Kendrick: The running cost of our own controls in France was £14 million in the last financial year.",
      N("funding", "the UK's own running cost, not money given to a partner",
        q="The running cost of our own controls in France was £14 million")),
    L("We will pay £2.5 million a year for three years, from 2003-04, towards fencing and lighting on the Calais "
      "port perimeter.",
      C("GB", "funding", "will"),
      F(2500000, "GBP", "GB", "FR", "pledge", "fencing and lighting on the Calais port perimeter",
        per_year=True, years=3, period_text="a year for three years, from 2003-04",
        period_start="2003-04-01", period_end="2006-03-31")),
    L("Kent police will also second four officers to the French border police in Calais.",
      C("GB", "policing_intelligence", "will"),
      N("statistics", "number inside the commitment's target", q="second four officers")),
]
