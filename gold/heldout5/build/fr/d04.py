from ann import *
META = dict(file="2016-03-08_h5-reponse-ministerielle-dublin.txt", date="2016-03-08", parties="GB;FR", doc_type="other",
            place="Paris", title="Réponse du ministère de l'Intérieur à la question écrite n° 91452 sur la coopération franco-britannique à Calais",
            dateline="Publiée au Journal officiel le 8 mars 2016")
BODY = [
 ("M. Bernard Lemoine attire l'attention du ministre de l'Intérieur sur la situation humanitaire dans la zone de la Lande à Calais.", N("all", "question du député; 'n° 91452' est un numéro, pas une statistique", q="M. Bernard Lemoine attire l'attention du ministre de l'Intérieur sur la situation humanitaire dans la zone de la Lande à Calais.")),
 [("Réponse. – Au 1er février 2016, environ 3 700 personnes vivaient dans la zone de la Lande, contre plus de 6 000 en novembre 2015.", S(3700, "people", "people living in the Calais Lande", "approximately", period="Au 1er février 2016", loc="Calais"), S(6000, "people", "people living in the Calais Lande", "more_than", period="en novembre 2015", ps="2015-11-01", pe="2015-11-30", loc="Calais", note="comparative figure")),
  ("Le centre d'accueil provisoire ouvert en janvier offre 1 500 places en conteneurs chauffés.", S(1500, "places", "places in the temporary reception centre", loc="Calais"), N("commitments", "description de l'existant")),
  ("Le nombre de mineurs isolés recensés a diminué d'un tiers depuis l'automne.", S(33.3, "percent", "isolated minors counted", d="decrease", period="depuis l'automne", conf=B, note="'d'un tiers' -> 33.3 percent decrease; borderline because the unit is a fraction"))],
 [("Le Gouvernement poursuivra la mise à l'abri des personnes vulnérables, en priorité des femmes et des enfants.", C("FR", RW, "will", note="'Le Gouvernement' in a French ministerial answer = FR")),
  ("Il proposera à chaque occupant de la zone un départ vers un centre d'accueil et d'orientation, où sa demande d'asile pourra être instruite.", C("FR", AS, "will", conf=B, note="offer of departure to reception centres where asylum is examined: asylum vs reception is ambiguous; asylum chosen, borderline")),
  ("Les personnes qui ne demandent pas l'asile et n'ont pas de droit au séjour feront l'objet d'une mesure d'éloignement.", C("FR", RT, "will", note="removal -> returns, not asylum"))],
 [("Le Royaume-Uni s'est engagé, lors de la réunion du 20 août 2015, à financer la sécurisation du site d'Eurotunnel.", C("GB", BS, "commit", conf=B, note="restated earlier commitment without amount: not a funding row")),
  ("Il a versé à ce titre 10 millions d'euros en 2015.", F(10000000, "EUR", "disbursed", "GB", "FR", "securing the Eurotunnel site", period="en 2015", ps="2015-01-01", pe="2015-12-31"), N("commitments", "versement passé")),
  ("Il versera en outre 22 millions d'euros sur deux ans à compter de 2016 pour les clôtures et la vidéosurveillance du port.", C("GB", FU, "will", "sur deux ans à compter de 2016", "2017-12-31"), F(22000000, "EUR", "pledge", "GB", "FR", "fences and CCTV at the port", period="sur deux ans à compter de 2016", ps="2016-01-01", pe="2017-12-31", note="single sum over two years: per_year false"))],
 [("Les deux pays se sont engagés à créer un centre commun de commandement et de contrôle à Calais.", C("GB;FR", PI, "commit", note="restated undertaking; command centre against smuggling -> policing")),
  ("La France et le Royaume-Uni conviennent en outre d'étendre l'échange d'informations sur les passeurs à la Belgique.", C("GB;FR", EU, "agree", note="extension to another partner state -> eu_international"))],
 [("Le coût de la garde statique du site d'Eurotunnel par les CRS est évalué à 200 000 euros par mois.", N("funding", "coût d'une mission: pas un financement")),
  ("Les interpellations de passeurs ont augmenté de 25 % en 2015.", S(25, "percent", "arrests of smugglers", d="increase", period="en 2015", ps="2015-01-01", pe="2015-12-31")),
  ("Le Gouvernement entend enfin informer les migrants, dans leur langue, de l'impossibilité de rejoindre illégalement le Royaume-Uni.", C("FR", IC, "intend")),
  ("Un point d'étape sera présenté au comité de suivi franco-britannique d'ici le mois de juin.", C("GB;FR", GV, "will", "d'ici le mois de juin", "2016-06-30", note="joint committee -> GB;FR"))],
]
