/**
 * Ordinary French words (folded: lower case, no accents) that are also the name of some commune, or could be:
 * "plan", "vers", "place", "sens", "marches", "bonne", "orange", "mer", "rue", "job"… A commune whose name is one of
 * these words is only taken for a place with more evidence than the word itself (see place-guard.ts). The list is
 * general French plus the vocabulary of insertion work (acronyms included); it is not tuned to any question.
 */
const WORDS = `
a ai aie aient aies ait as au aux avec avoir avons avez ayant ce ceci cela celle celles celui ces cet cette ceux
chez chacun chacune chaque comme comment combien contre dans de des depuis derriere devant doit donc dont du elle
elles en entre est et etaient etait ete etre eu eux fait faire faut il ils je jusque la le les leur leurs lui ma
mais me meme mes moi mon ne ni non nos notre nous on ont ou oui par parce parmi pas pendant peu peut peuvent peux
plus pour pourquoi pres puis qu quand que quel quelle quelles quels qui quoi sa sans se selon ses si sien soi soit
sommes son sont sous soyons suis sur ta te tes toi ton tous tout toute toutes tres tu un une unes uns va vais vas
vers via voici voila vont vos votre vous y ca ici la-bas ailleurs alors apres aussi autant autre autres avant
beaucoup bien bientot car certes certain certaine certains certaines deja encore enfin ensuite hier jamais lors
lorsque mal moins peut-etre plusieurs quelque quelques rien souvent surtout tant tard tel telle tels telles tot
toujours trop vite aucun aucune assez ainsi cependant desormais environ neanmoins partout pourtant quasi
etre avoir aller venir vient viennent vienne viens partir part pars sortir sort rester reste restent passer passe
passes mettre met mis prendre prend pris donner donne donnes trouver trouve chercher cherche aider aide aides
accompagner accompagne travailler travaille habiter habite habitent vivre vit vivent savoir sait voir vu vue vues
dire dit dis lutter servir servant relever relevant courir courant charger charge change changer couper coupe
coucher couche couches marcher marche marches porter porte portes poser pose poses payer paye paie tenir tient
montrer pouvoir vouloir veut veux devoir dois falloir sembler devenir lire ecrire appeler appelle demander demande
repondre trouver penser croire connaitre manger mange boire dormir jouer joue gagner perdre perd offrir ouvrir
suivre suit suivi former forme forment inscrire inscrit orienter oriente loger loge garder garde sauver rouler
action actions acteur acteurs activite activites accompagnement accueil accueils age agence agences allocation
allocations an ans annee annees appui argent association associations atelier ateliers avenir axe axes besoin
besoins bilan bilans bonus budget bureau bureaux cadre calendrier cap carte cartes cas centre centres chantier
chantiers chomage commune communes conseil conseils contrat contrats cours creche creches date dates demandes
departement departements dispositif dispositifs dossier dossiers droit droits ecole ecoles emploi emplois enfant
enfants entreprise entreprises equipe equipes etude etudes famille familles femme femmes fiche fiches fin fins
fonds formation formations garde gardes groupe groupes handicap heure heures homme hommes insertion jardin jardins
jeune jeunes job jobs jour jours levier leviers lien liens lieu lieux ligne lignes logement logements loi maison
maisons marche mesure mesures metier metiers mission missions mobilite mois monde moyen moyens numero objectif
objectifs offre offres outil outils page pages parcours parent parents partenaire partenaires pays permis personne
personnes pilote pilotes place places plan plans plateforme pole poles point points port ports poste postes prix
programme projet projets public publics question questions rang region regions rencontre rencontres reseau
reseaux revenu revenus rue rues sante secteur secteurs sens service services signe signes site sites social
sociale sociaux sport sports stage stages structure structures temps terme termes territoire territoires travail
travaux vie ville villes voiture voitures zone zones benevole benevoles salarie salaries salaire chantier employeur
employeurs apprentissage alternance candidature candidatures cv entretien entretiens diplome diplomes competence
competences qualification orientation referent referents referente beneficiaire beneficiaires allocataire
allocataires usager usagers demandeur demandeurs contrat aide aides solidarite solidarites precarite pauvrete
budget financement financements subvention cotisation dette dettes impot impots loyer loyers hebergement
hebergements urgence sante soin soins medecin hopital hopitaux handicap addiction addictions psychologue
transport transports bus car cars train trains velo velos scooter permis auto garage garages covoiturage
numerique internet ordinateur telephone tablette mail courrier papier papiers formulaire illettrisme langue
langues francais culture cultures loisir loisirs vacances sortie sorties creche nounou garderie cantine
enfance jeunesse famille parentalite couple divorce veuf veuve retraite retraites senior seniors etudiant
etudiants lyceen collegien college lycee universite stagiaire apprenti apprentis chef cheffe patron patronne
commerce commerces boutique magasin marche usine atelier bureau chantier ferme champ champs terre terres jardin
montagne mer plage riviere rivieres lac foret bois campagne plaine vallee colline cote cotes pont ponts tour tours
route routes chemin chemins rue place avenue boulevard quai gare port aeroport eglise chateau moulin moulins
fontaine fontaines source sources puits pierre pierres roche roches rocher croix bourg village villages hameau
faubourg quartier quartiers cite cites centre banlieue capitale ile iles isle
bon bonne bonnes bons beau belle beaux belles grand grande grands grandes petit petite petits petites gros grosse
haut haute hauts hautes bas basse long longue longs court courte courts nouveau nouvelle nouveaux nouvelles vieux
vieil vieille jeune jeunes premier premiere dernier derniere seul seule simple simples double triple riche riches
pauvre pauvres libre libres fort forte faible plein pleine vide rouge rouges blanc blanche blancs noir noire vert
verte bleu bleue jaune rose gris grise brun orange violet clair claire sombre chaud chaude froid froide sec seche
precieux precieuse sauvage doux douce dur dure fin fine lent rapide vrai faux juste facile difficile possible
propre sale sain saine neuf neuve ancien ancienne
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre lundi mardi mercredi jeudi
vendredi samedi dimanche matin soir midi nuit semaine semaines printemps ete automne hiver
un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante
cinquante soixante cent cents mille
argent or fer cuivre bronze bois verre papier sable sables eau eaux feu air vent neige pluie soleil lune ciel
etoile etoiles nuage orage
chien chat chatte cheval chevaux vache vaches mouton moutons oie oies poule coq loup ours renard lapin aigle
corbeau pigeon merle pie cygne canard poisson moule moules huitre
pain vin lait beurre fromage pomme pommes poire poires prune cerise raisin ble avoine orge mais riz sel sucre miel
cafe the chou choux pois haricot oignon ail olive olives figue noix chataigne brie
tete bras main mains pied pieds jambe dos coeur oeil yeux nez bouche dent dents corps
pere mere frere soeur fils fille filles enfant bebe oncle tante cousin ami amie amis voisin voisine
maison maisons mur murs porte fenetre toit cave grenier salle salles chambre chambres cuisine cour cours jardin
couloir escalier garage grange etable etables four fours puits cellier moulin palais manoir donjon tour tours
bain bains lit lits table tables chaise banc bancs caisse sac boite cle
guerre paix loi roi reine prince comte duc baron marquis seigneur prieur abbe pape eveque moine moines saint saints
sainte saintes dame dames madame monsieur mademoiselle
vue vues sens signe cours courant change charge chars cintre coteau couronne couture devise diamant passage
possession union trait tricot syndicat peintures machine escale force forges fosse fosses graces marges
mare mole monnaie motte orgueil palme pin pins planche plaisir terrasse touches verger vif lux aube celle vallon
echelle echelles attaques arcs arches angles anse avion aviron bords boue bouchet bras breuil broc chaux cendre
chauve chiche commerce conquet contes coron coudes creuse ecole epine fleurie fleury fourches haye hermitage
hopital loges madeleine maillot manche marin marine martinet mont monts plaine plaisance quarante riviere
rochette sables salle sore ventes ville villers tart don bu us ham pont levier soyons relevant lutter aigre
aiguillon bailleul bourg came cannes cars cast chatre couches mare mere mur mure noe oie pieux port portel
poses precieux rai reau remy robert albert alex allan bernard francois mathieu marie martin leon yves regina
jean pierre paul louis jacques michel andre philippe alain nicolas laurent vincent thomas julien christophe
sylvie nathalie isabelle catherine christine sophie anne julie sandrine valerie martine nadine monique
parent parents peri signes soutien mer job lies issus hommes celles ligne relevant
rsa brsa caf cpam msa ars cej plie siae aci ei ai etti geiq pe ft ml ccas cias cdas mds msd sdsei pdi pti ptli
cd ase pmi mdph rqth aah ass are cui cdd cdi pic cip epide afpa greta fse fsl faj apl pass cap crous urssaf
dreets ddets spip cer ppae qpv zrr frr esat ea iae ess tzcld
bretagne normandie occitanie corse provence alsace lorraine picardie bourgogne auvergne aquitaine limousin poitou
charentes champagne ardenne franche comte centre loire pays basque bearn europe france
`;

/** The common-word set, built once. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((word) => word !== ""));

/** True for a word too ordinary to be read as a place on its own (listed, or one or two letters: "y", "eu", "by"). */
export function isCommonWord(word: string): boolean {
  return word.length <= 2 || COMMON_WORDS.has(word);
}
