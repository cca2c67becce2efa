<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <source>Guichet Périscolaire, the counter application.</source>
        <translation>Guichet Périscolaire, l&apos;application du guichet.</translation>
    </message>
    <message>
        <source>Database file to use.</source>
        <translation>Fichier de base de données à utiliser.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Guichet Périscolaire</source>
        <translation>Guichet Périscolaire</translation>
    </message>
    <message>
        <source>Quit as soon as the window is usable and print the start-up time (for measurements and smoke tests).</source>
        <translation>Quitter dès que la fenêtre est utilisable et afficher le temps de démarrage (pour les mesures et les tests de fumée).</translation>
    </message>
</context>
<context>
    <name>ArchiveService</name>
    <message>
        <source>The file %1 could not be written: %2. Choose another folder.</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Writing the yearly archive</source>
        <translation>L&apos;écriture de l&apos;archive annuelle</translation>
    </message>
    <message>
        <source>%1 is not over: a year is archived from the 1st of January after it.</source>
        <translation>%1 n&apos;est pas terminée : une année s&apos;archive à partir du 1er janvier suivant.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another one.</source>
        <translation>Le dossier %1 ne peut pas être créé. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The folder %1 already holds an archive: choose an empty folder.</source>
        <translation>Le dossier %1 contient déjà une archive : choisissez un dossier vide.</translation>
    </message>
    <message>
        <source>The journal holds no entry of %1: there is nothing to archive.</source>
        <translation>Le journal ne contient aucune écriture de %1 : il n&apos;y a rien à archiver.</translation>
    </message>
</context>
<context>
    <name>AttendanceService</name>
    <message>
        <source>PAI</source>
        <translation>PAI</translation>
    </message>
    <message>
        <source>PAI: %1</source>
        <translation>PAI : %1</translation>
    </message>
    <message>
        <source>allergies: %1</source>
        <translation>allergies : %1</translation>
    </message>
    <message>
        <source>leaves alone</source>
        <translation>part seul</translation>
    </message>
    <message>
        <source>There is no such school. Choose one of the list.</source>
        <translation>Cette école n&apos;existe pas. Choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <source>There is no such activity. Choose one of the list.</source>
        <translation>Cette activité n&apos;existe pas. Choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <source>This booking does not exist. Reopen the list.</source>
        <translation>Cette réservation n&apos;existe pas. Rouvrez la liste.</translation>
    </message>
    <message>
        <source>The booking of %1 on %2 was cancelled: there is no attendance to record.</source>
        <translation>La réservation de %1 le %2 a été annulée : il n&apos;y a pas de présence à pointer.</translation>
    </message>
    <message>
        <source>The absence of %1 on %2 is already excused and the ticket given back: it stays so.</source>
        <translation>L&apos;absence de %1 le %2 est déjà excusée et le ticket rendu : elle le reste.</translation>
    </message>
    <message>
        <source>Attendance is taken on the day: %1 is still to come.</source>
        <translation>La présence se pointe le jour même : le %1 est à venir.</translation>
    </message>
    <message>
        <source>Say why the absence is excused (a medical certificate, for instance).</source>
        <translation>Indiquez pourquoi l&apos;absence est excusée (un certificat médical, par exemple).</translation>
    </message>
    <message>
        <source>Give a first day and a last day, the first one before the last (YYYY-MM-DD).</source>
        <translation>Indiquez un premier et un dernier jour, le premier avant le dernier (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Ask for two months at most at a time.</source>
        <translation>Demandez deux mois au plus à la fois.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Diets</source>
        <translation>Régimes</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Leaves alone</source>
        <translation>Part seul</translation>
    </message>
    <message>
        <source>Trusted persons</source>
        <translation>Personnes autorisées</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>To know</source>
        <translation>À savoir</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Pointé</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) booked.</source>
        <translation>
            <numerusform>%n enfant réservé.</numerusform>
            <numerusform>%n enfants réservés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Repas</translation>
    </message>
    <message>
        <source>Allergies and PAI</source>
        <translation>Allergies et PAI</translation>
    </message>
    <message>
        <source>Meals of %1</source>
        <translation>Repas du %1</translation>
    </message>
    <message>
        <source>Meals from %1 to %2</source>
        <translation>Repas du %1 au %2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message numerus="yes">
        <source>%n meal(s) in all.</source>
        <translation>
            <numerusform>%n repas en tout.</numerusform>
            <numerusform>%n repas en tout.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the day of the list (YYYY-MM-DD).</source>
        <translation>Indiquez le jour de la liste (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Choose a child of the list.</source>
        <translation>Choisissez un enfant de la liste.</translation>
    </message>
    <message>
        <source>%1 is not booked on %2 for this activity: there is no absence to record.</source>
        <translation>%1 n&apos;est pas réservé(e) le %2 pour cette activité : il n&apos;y a pas d&apos;absence à pointer.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Responsable légal</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Attached to this household</source>
        <translation>Rattachement à ce foyer</translation>
    </message>
    <message>
        <source>Detached from this household</source>
        <translation>Détachement de ce foyer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Résident de la commune</translation>
    </message>
    <message>
        <source>Terms of use accepted</source>
        <translation>Conditions générales d&apos;utilisation acceptées</translation>
    </message>
    <message>
        <source>Règlement intérieur accepted</source>
        <translation>Règlement intérieur accepté</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason for return</source>
        <translation>Motif du renvoi</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Téléphone portable</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Téléphone domicile</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Téléphone professionnel</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien avec l&apos;enfant</translation>
    </message>
    <message>
        <source>CAF number</source>
        <translation>N° d&apos;allocataire CAF</translation>
    </message>
    <message>
        <source>Family quotient</source>
        <translation>Quotient familial</translation>
    </message>
    <message>
        <source>Date of the quotient proof</source>
        <translation>Date de l&apos;attestation de QF</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>INE</source>
        <translation>INE</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Class level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>PAI</source>
        <translation>PAI</translation>
    </message>
    <message>
        <source>PAI details</source>
        <translation>Mesures du PAI</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Régime alimentaire</translation>
    </message>
    <message>
        <source>May leave alone</source>
        <translation>Autorisation de sortie seul(e)</translation>
    </message>
    <message>
        <source>Trusted persons</source>
        <translation>Tiers de confiance</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contacts d&apos;urgence</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Shared custody</source>
        <translation>Garde partagée</translation>
    </message>
    <message>
        <source>Schooling in the commune</source>
        <translation>Scolarité dans la commune</translation>
    </message>
    <message>
        <source>Refuses emails</source>
        <translation>Refuse les courriels</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>Conflit de synchronisation</translation>
    </message>
</context>
<context>
    <name>BackgroundSync</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Sync: sending %1 / %2</source>
        <translation>Synchro : envoi %1 / %2</translation>
    </message>
    <message>
        <source>Sync: receiving %1</source>
        <translation>Synchro : réception %1</translation>
    </message>
</context>
<context>
    <name>BookingService</name>
    <message>
        <source>The family file of %1 is &quot;%2&quot;: bookings are made once the file is validated. Complete and validate the file first.</source>
        <translation>Le dossier de %1 est « %2 » : les réservations se font une fois le dossier validé. Complétez et validez d&apos;abord le dossier.</translation>
    </message>
    <message>
        <source>Choose the child, or the children, to book for.</source>
        <translation>Choisissez l&apos;enfant, ou les enfants, à réserver.</translation>
    </message>
    <message>
        <source>This child is not in the family file of %1. Reopen the file.</source>
        <translation>Cet enfant n&apos;est pas dans le dossier de %1. Rouvrez le dossier.</translation>
    </message>
    <message>
        <source>Choose an activity that is offered.</source>
        <translation>Choisissez une activité proposée.</translation>
    </message>
    <message>
        <source>bookings for %1 open on %2</source>
        <translation>réservations %1 ouvertes le %2</translation>
    </message>
    <message>
        <source>past the deadline (%1)</source>
        <translation>délai dépassé (%1)</translation>
    </message>
    <message>
        <source>already booked</source>
        <translation>déjà réservé</translation>
    </message>
    <message>
        <source>not booked</source>
        <translation>pas réservé</translation>
    </message>
    <message>
        <source>attendance already recorded</source>
        <translation>présence déjà pointée</translation>
    </message>
    <message>
        <source>No day of those asked from %1 to %2: check the days of the week.</source>
        <translation>Aucun des jours demandés du %1 au %2 : vérifiez les jours de la semaine.</translation>
    </message>
    <message>
        <source>Nothing to cancel from %1 to %2: %3.</source>
        <translation>Rien à annuler du %1 au %2 : %3.</translation>
    </message>
    <message>
        <source>Nothing to book from %1 to %2: %3.</source>
        <translation>Rien à réserver du %1 au %2 : %3.</translation>
    </message>
    <message numerus="yes">
        <source>Not enough %1 tickets: %2 needed, %n in the wallet. Sell tickets first; nothing was booked.</source>
        <translation>
            <numerusform>Pas assez de tickets %1 : %2 nécessaires, %n dans le porte-monnaie. Vendez d&apos;abord des tickets ; rien n&apos;a été réservé.</numerusform>
            <numerusform>Pas assez de tickets %1 : %2 nécessaires, %n dans le porte-monnaie. Vendez d&apos;abord des tickets ; rien n&apos;a été réservé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The wallet changed meanwhile: try again.</source>
        <translation>Le porte-monnaie a changé entre-temps : recommencez.</translation>
    </message>
    <message>
        <source>The booking of %1 on %2 has no ticket in the wallet. Run guichet-cli verify and call your IT support.</source>
        <translation>La réservation de %1 le %2 n&apos;a pas de ticket dans le porte-monnaie. Lancez guichet-cli verify et appelez votre support informatique.</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>réservé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>excused absence</source>
        <translation>absence excusée</translation>
    </message>
    <message>
        <source>Give a first day and a last day, the first one before the last.</source>
        <translation>Indiquez un premier et un dernier jour, le premier avant le dernier.</translation>
    </message>
    <message>
        <source>Book at most %1 days at a time (two school years).</source>
        <translation>Réservez au plus %1 jours à la fois (deux années scolaires).</translation>
    </message>
    <message numerus="yes">
        <source>full (%n place(s))</source>
        <translation>
            <numerusform>complet (%n place)</numerusform>
            <numerusform>complet (%n places)</numerusform>
        </translation>
    </message>
    <message>
        <source>the family file is not validated</source>
        <translation>le dossier n&apos;est pas validé</translation>
    </message>
    <message>
        <source>in the care of %1 that day</source>
        <translation>chez %1 ce jour-là</translation>
    </message>
    <message>
        <source>booked by the child&apos;s other household</source>
        <translation>réservé par l&apos;autre foyer de l&apos;enfant</translation>
    </message>
    <message>
        <source>Give the day the child was present (YYYY-MM-DD).</source>
        <translation>Indiquez le jour où l&apos;enfant était présent (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Attendance is taken on the day: %1 is still to come.</source>
        <translation>Les présences se pointent le jour même : le %1 n&apos;est pas encore arrivé.</translation>
    </message>
    <message>
        <source>Choose a child and an activity of the lists.</source>
        <translation>Choisissez un enfant et une activité dans les listes.</translation>
    </message>
    <message>
        <source>%1 is in two family files and no custody schedule says where on %2: choose the household to charge.</source>
        <translation>%1 est dans deux dossiers et aucun calendrier de garde ne dit chez qui le %2 : choisissez le foyer à facturer.</translation>
    </message>
    <message>
        <source>%1 is not in this family file. Reopen the file.</source>
        <translation>%1 n&apos;est pas dans ce dossier. Rouvrez le dossier.</translation>
    </message>
    <message>
        <source>%1 was in the care of %2 on %3: charge that household.</source>
        <translation>%1 était chez %2 le %3 : facturez ce foyer.</translation>
    </message>
    <message>
        <source>There is no service on %1 (%2): check the day.</source>
        <translation>Il n&apos;y a pas de service le %1 (%2) : vérifiez le jour.</translation>
    </message>
    <message>
        <source>%1 is already on the list of %2 for %3 (%4): mark the attendance there.</source>
        <translation>%1 est déjà sur la liste du %2 pour %3 (%4) : pointez la présence sur cette ligne.</translation>
    </message>
    <message>
        <source>Booking beyond the wallet</source>
        <translation>Réserver au-delà du porte-monnaie</translation>
    </message>
</context>
<context>
    <name>CalendarEditor</name>
    <message>
        <source>Say why there is no service (&quot;Grève&quot;, &quot;Pont de l&apos;Ascension&quot;): parents and staff see it.</source>
        <translation>Indiquez pourquoi il n&apos;y a pas de service (« Grève », « Pont de l&apos;Ascension ») : les parents et le personnel le voient.</translation>
    </message>
    <message>
        <source>Give a first day and a last day, the first one before the last.</source>
        <translation>Indiquez un premier et un dernier jour, le premier avant le dernier.</translation>
    </message>
    <message>
        <source>A period lasts a year at most.</source>
        <translation>Une période dure un an au plus.</translation>
    </message>
    <message>
        <source>School holidays are the same for every school: add a closure for one school.</source>
        <translation>Les vacances scolaires sont les mêmes pour toutes les écoles : ajoutez une fermeture pour une seule école.</translation>
    </message>
    <message>
        <source>This period is already in the calendar.</source>
        <translation>Cette période est déjà dans le calendrier.</translation>
    </message>
    <message>
        <source>This period is no longer in the calendar. Reopen the list.</source>
        <translation>Cette période n&apos;est plus dans le calendrier. Rouvrez la liste.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week with service.</source>
        <translation>Choisissez au moins un jour de la semaine avec service.</translation>
    </message>
    <message>
        <source>The days of the week go from 1 (Monday) to 7 (Sunday).</source>
        <translation>Les jours de la semaine vont de 1 (lundi) à 7 (dimanche).</translation>
    </message>
    <message>
        <source>Choose a school year of the list.</source>
        <translation>Choisissez une année scolaire dans la liste.</translation>
    </message>
    <message>
        <source>No longer a day of service</source>
        <translation>Ce jour n&apos;a plus de service</translation>
    </message>
    <message>
        <source>School holidays</source>
        <translation>Vacances scolaires</translation>
    </message>
    <message>
        <source>Changing the school calendar</source>
        <translation>Modifier le calendrier scolaire</translation>
    </message>
</context>
<context>
    <name>CalendarImport</name>
    <message>
        <source>%1 (teachers only)</source>
        <translation>%1 (enseignants seulement)</translation>
    </message>
    <message>
        <source>%1 (the first day of a school year is set under School years)</source>
        <translation>%1 (le premier jour d&apos;une année scolaire se règle dans Années scolaires)</translation>
    </message>
    <message>
        <source>%1 (zone %2)</source>
        <translation>%1 (zone %2)</translation>
    </message>
    <message>
        <source>Line %1: this is not an iCalendar file (it should begin with BEGIN:VCALENDAR). Give the official .ics or .csv file.</source>
        <translation>Ligne %1 : ce n&apos;est pas un fichier iCalendar (il devrait commencer par BEGIN:VCALENDAR). Donnez le fichier officiel .ics ou .csv.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not an iCalendar line (NAME:value). The file is damaged: download it again.</source>
        <translation>Ligne %1 : « %2 » n&apos;est pas une ligne iCalendar (NOM:valeur). Le fichier est abîmé : téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>Line %1: END:%2 closes nothing that was opened. The file is damaged: download it again.</source>
        <translation>Ligne %1 : END:%2 ne ferme rien qui ait été ouvert. Le fichier est abîmé : téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>Line %1: BEGIN:%2 is never closed. The file is damaged or cut short: download it again.</source>
        <translation>Ligne %1 : BEGIN:%2 n&apos;est jamais fermé. Le fichier est abîmé ou incomplet : téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file cannot be read as an iCalendar file. Download it again.</source>
        <translation>Le fichier ne peut pas être lu comme un fichier iCalendar. Téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>Line %1: the event &quot;%2&quot; has a date or a property that cannot be read. Correct the file or download it again; nothing was imported.</source>
        <translation>Ligne %1 : l&apos;événement « %2 » a une date ou une propriété illisible. Corrigez le fichier ou téléchargez-le à nouveau ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Line %1: an event has no title (SUMMARY); nothing was imported.</source>
        <translation>Ligne %1 : un événement n&apos;a pas de titre (SUMMARY) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Line %1: the event &quot;%2&quot; has no start date (DTSTART); nothing was imported.</source>
        <translation>Ligne %1 : l&apos;événement « %2 » n&apos;a pas de date de début (DTSTART) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Line %1: the event &quot;%2&quot; ends before it begins; nothing was imported.</source>
        <translation>Ligne %1 : l&apos;événement « %2 » se termine avant de commencer ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Line %1: the column &quot;%2&quot; is missing: is this the Éducation nationale&apos;s calendar export (&apos;;&apos; between fields)?</source>
        <translation>Ligne %1 : la colonne « %2 » manque : est-ce bien l&apos;export du calendrier de l&apos;Éducation nationale (champs séparés par « ; ») ?</translation>
    </message>
    <message>
        <source>Line %1: %2 fields where the header (line %3) has %4; nothing was imported.</source>
        <translation>Ligne %1 : %2 champs alors que l&apos;en-tête (ligne %3) en a %4 ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a date; nothing was imported.</source>
        <translation>Ligne %1 : « %2 » n&apos;est pas une date ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; ends before it begins; nothing was imported.</source>
        <translation>Ligne %1 : « %2 » se termine avant de commencer ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file is empty: give the official .ics or .csv file.</source>
        <translation>Le fichier est vide : donnez le fichier officiel .ics ou .csv.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2). Check its name and place.</source>
        <translation>Le fichier %1 ne peut pas être lu (%2). Vérifiez son nom et son emplacement.</translation>
    </message>
    <message>
        <source>The zone is A, B or C (Saint-Omer: B), not &quot;%1&quot;.</source>
        <translation>La zone est A, B ou C (Saint-Omer : B), pas « %1 ».</translation>
    </message>
</context>
<context>
    <name>CatalogService</name>
    <message>
        <source>Required: the name families and staff see.</source>
        <translation>Obligatoire : c&apos;est le nom que voient les familles et le personnel.</translation>
    </message>
    <message>
        <source>An activity with this name already exists.</source>
        <translation>Une activité porte déjà ce nom.</translation>
    </message>
    <message>
        <source>This activity was changed meanwhile (on another counter or window). Reopen the list and make your change again.</source>
        <translation>Cette activité a été modifiée entre-temps (sur un autre guichet ou dans une autre fenêtre). Rouvrez la liste et refaites votre modification.</translation>
    </message>
    <message>
        <source>Type the school year as 2026-2027.</source>
        <translation>Saisissez l&apos;année scolaire au format 2026-2027.</translation>
    </message>
    <message>
        <source>Give the first day of the school year.</source>
        <translation>Indiquez le premier jour de l&apos;année scolaire.</translation>
    </message>
    <message>
        <source>The last day must come after the first day.</source>
        <translation>Le dernier jour doit être postérieur au premier jour.</translation>
    </message>
    <message>
        <source>Bookings must open before the end of the school year.</source>
        <translation>Les réservations doivent ouvrir avant la fin de l&apos;année scolaire.</translation>
    </message>
    <message>
        <source>These dates overlap the school year %1.</source>
        <translation>Ces dates chevauchent l&apos;année scolaire %1.</translation>
    </message>
    <message>
        <source>This school year was changed meanwhile. Reopen the list and make your change again.</source>
        <translation>Cette année scolaire a été modifiée entre-temps. Rouvrez la liste et refaites votre modification.</translation>
    </message>
    <message>
        <source>Keep at least one bracket.</source>
        <translation>Conservez au moins une tranche.</translation>
    </message>
    <message>
        <source>Each bracket needs a label, e.g. &quot;QF ≤ 600&quot;.</source>
        <translation>Chaque tranche doit avoir un libellé, par ex. « QF ≤ 600 ».</translation>
    </message>
    <message>
        <source>The last bracket has no upper bound: it takes every QF above the others.</source>
        <translation>La dernière tranche n&apos;a pas de plafond : elle couvre tous les QF situés au-dessus des autres tranches.</translation>
    </message>
    <message>
        <source>Every bracket but the last needs an upper QF bound.</source>
        <translation>Chaque tranche, sauf la dernière, doit avoir un plafond de QF.</translation>
    </message>
    <message>
        <source>Upper QF bounds must increase from one bracket to the next.</source>
        <translation>Les plafonds de QF doivent augmenter d&apos;une tranche à la suivante.</translation>
    </message>
    <message>
        <source>Tickets have already been sold for this school year: its brackets can no longer change. Change the prices instead, or prepare the next school year.</source>
        <translation>Des tickets ont déjà été vendus pour cette année scolaire : ses tranches ne peuvent plus être modifiées. Modifiez plutôt les prix, ou préparez l&apos;année scolaire suivante.</translation>
    </message>
    <message>
        <source>A bracket was changed meanwhile. Reopen the tariffs.</source>
        <translation>Une tranche a été modifiée entre-temps. Rouvrez les tarifs.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Un prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A unit price above 1 000,00 € is surely a typing mistake.</source>
        <translation>Un prix unitaire supérieur à 1&#xa0;000,00&#xa0;€ est sûrement une erreur de saisie.</translation>
    </message>
    <message>
        <source>This bracket does not belong to the school year. Reopen the tariffs.</source>
        <translation>Cette tranche n&apos;appartient pas à cette année scolaire. Rouvrez les tarifs.</translation>
    </message>
    <message>
        <source>This activity does not exist. Reopen the sale.</source>
        <translation>Cette activité n&apos;existe pas. Rouvrez la vente.</translation>
    </message>
    <message>
        <source>No price is set for %1 (%2). Ask the administrator to fill in the tariffs; nothing was sold.</source>
        <translation>Aucun prix n&apos;est défini pour %1 (%2). Demandez à l&apos;administrateur de compléter les tarifs ; rien n&apos;a été vendu.</translation>
    </message>
    <message>
        <source>no bracket</source>
        <translation>sans tranche</translation>
    </message>
    <message>
        <source>Choose two different school years.</source>
        <translation>Choisissez deux années scolaires différentes.</translation>
    </message>
    <message>
        <source>The school year %1 has no brackets to copy.</source>
        <translation>L&apos;année scolaire %1 n&apos;a pas de tranches à copier.</translation>
    </message>
    <message>
        <source>No QF bracket is set for this school year, so residents cannot be priced. Ask the administrator to set the brackets and their prices; nothing was sold.</source>
        <translation>Aucune tranche de QF n&apos;est définie pour cette année scolaire : le tarif des résidents ne peut pas être calculé. Demandez à l&apos;administrateur de saisir les tranches et leurs prix ; rien n&apos;a été vendu.</translation>
    </message>
    <message>
        <source>This school year does not exist (any more). Reopen the list.</source>
        <translation>Cette année scolaire n&apos;existe pas (ou plus). Rouvrez la liste.</translation>
    </message>
    <message>
        <source>No school year is set up. Ask the administrator to create one with its tariffs; nothing was sold.</source>
        <translation>Aucune année scolaire n&apos;est définie. Demandez à l&apos;administrateur d&apos;en créer une avec ses tarifs ; rien n&apos;a été vendu.</translation>
    </message>
    <message>
        <source>The school year %1 ended on %2 and the next one is not set up yet: tickets cannot be sold at last year&apos;s prices. Ask the administrator to create the next school year with its tariffs; nothing was sold.</source>
        <translation>L&apos;année scolaire %1 s&apos;est terminée le %2 et la suivante n&apos;est pas encore définie : les tickets ne peuvent pas être vendus aux prix de l&apos;année passée. Demandez à l&apos;administrateur de créer l&apos;année scolaire suivante avec ses tarifs ; rien n&apos;a été vendu.</translation>
    </message>
    <message>
        <source>The booking deadline is from 0 (the same day) to 30 days before the day.</source>
        <translation>Le délai de réservation va de 0 (le jour même) à 30 jours avant le jour.</translation>
    </message>
    <message>
        <source>Give the deadline&apos;s time as HH:MM, 10:00 for instance.</source>
        <translation>Indiquez l&apos;heure limite en HH:MM, 10:00 par exemple.</translation>
    </message>
    <message>
        <source>The surcharge of a child present without a booking is from 0 to 5 tickets.</source>
        <translation>La majoration d&apos;un enfant présent sans réservation va de 0 à 5 tickets.</translation>
    </message>
    <message>
        <source>At most 2,000 places a day: check the number.</source>
        <translation>2 000 places par jour au plus : vérifiez le nombre.</translation>
    </message>
    <message>
        <source>Changing the activities, school years and prices</source>
        <translation>Modifier les activités, les années scolaires et les tarifs</translation>
    </message>
    <message>
        <source>Families are told below 1 to 100 tickets, or never (0).</source>
        <translation>La famille est prévenue en dessous de 1 à 100 tickets, ou jamais (0).</translation>
    </message>
</context>
<context>
    <name>Central</name>
    <message>
        <source>“%1” is not the address of a central database. Give postgresql://USER@HOST:5432/DATABASE (with ?sslmode=verify-full for a server outside the building) or service=NAME from pg_service.conf.</source>
        <translation>« %1 » n&apos;est pas l&apos;adresse d&apos;une base centrale. Donnez postgresql://UTILISATEUR@HÔTE:5432/BASE (avec ?sslmode=verify-full pour un serveur hors du bâtiment) ou service=NOM de pg_service.conf.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is missing (Debian package libqt6sql6-psql): install it to reach the central database.</source>
        <translation>Le pilote PostgreSQL de Qt manque (paquet Debian libqt6sql6-psql) : installez-le pour joindre la base centrale.</translation>
    </message>
    <message>
        <source>The central server refused the password of %1 (%2): check it in .pgpass, the keyring or the address.</source>
        <translation>Le serveur central a refusé le mot de passe de %1 (%2) : vérifiez-le dans .pgpass, le trousseau ou l&apos;adresse.</translation>
    </message>
    <message>
        <source>The central server has no such database or user (%1): check the address %2.</source>
        <translation>Le serveur central n&apos;a pas cette base ou cet utilisateur (%1) : vérifiez l&apos;adresse %2.</translation>
    </message>
    <message>
        <source>The central server %1 does not answer (%2): check the address and the network; the counter works on without it.</source>
        <translation>Le serveur central %1 ne répond pas (%2) : vérifiez l&apos;adresse et le réseau ; le guichet continue de fonctionner sans lui.</translation>
    </message>
    <message>
        <source>Setting up the central database</source>
        <translation>Installer la base centrale</translation>
    </message>
    <message>
        <source>This counter has no code yet: set it up first (guichet-cli setup --counter-code).</source>
        <translation>Ce guichet n&apos;a pas encore de code : réglez-le d&apos;abord (guichet-cli setup --counter-code).</translation>
    </message>
    <message>
        <source>The database %1 holds tables that are not Guichet Périscolaire&apos;s: give an empty database for the central one.</source>
        <translation>La base %1 contient des tables qui ne sont pas celles de Guichet Périscolaire : donnez une base vide pour la base centrale.</translation>
    </message>
    <message>
        <source>The central database is at version %1, newer than this program&apos;s %2: update the program on this counter first.</source>
        <translation>La base centrale est en version %1, plus récente que celle de ce logiciel (%2) : mettez d&apos;abord à jour le logiciel de ce guichet.</translation>
    </message>
    <message>
        <source>The central migration %1 is missing from the program.</source>
        <translation>La migration centrale %1 manque dans le logiciel.</translation>
    </message>
    <message>
        <source>This central database belongs to the commune of %1, not %2: check the address, or the commune&apos;s name on this counter.</source>
        <translation>Cette base centrale appartient à la commune de %1, pas à %2 : vérifiez l&apos;adresse, ou le nom de la commune sur ce guichet.</translation>
    </message>
    <message>
        <source>This counter is registered on the central database as %1, not %2.</source>
        <translation>Ce guichet est inscrit dans la base centrale sous le code %1, pas %2.</translation>
    </message>
    <message>
        <source>The code %1 is already used by another counter (%2, registered on %3): give this counter another code (guichet-cli setup --counter-code).</source>
        <translation>Le code %1 est déjà utilisé par un autre guichet (%2, inscrit le %3) : donnez un autre code à ce guichet (guichet-cli setup --counter-code).</translation>
    </message>
    <message>
        <source>The central database is at version %1 and this program expects %2: %3</source>
        <translation>La base centrale est en version %1 et ce logiciel attend la %2 : %3</translation>
    </message>
    <message>
        <source>update the program on this counter.</source>
        <translation>mettez à jour le logiciel de ce guichet.</translation>
    </message>
    <message>
        <source>an administrator runs guichet-cli central init.</source>
        <translation>un administrateur lance guichet-cli central init.</translation>
    </message>
    <message>
        <source>This counter is not registered on the central database: an administrator runs guichet-cli central init on it.</source>
        <translation>Ce guichet n&apos;est pas inscrit dans la base centrale : un administrateur y lance guichet-cli central init.</translation>
    </message>
    <message>
        <source>Every counter&apos;s changes are all here, once each, numbered from 1 without a gap.</source>
        <translation>Les changements de chaque guichet sont tous là, une fois chacun, numérotés depuis 1 sans trou.</translation>
    </message>
    <message>
        <source>Counter %1 sent %2 changes, but %3 are here (%4 different, the last numbered %5).</source>
        <translation>Le guichet %1 a envoyé %2 changements, mais %3 sont ici (%4 différents, le dernier numéroté %5).</translation>
    </message>
    <message>
        <source>Every series of document numbers runs from 1 without a gap or a duplicate, across all counters.</source>
        <translation>Chaque série de numéros de documents va de 1 sans trou ni doublon, tous guichets confondus.</translation>
    </message>
    <message>
        <source>Series %1: %2 documents, %3 different numbers, the last %4.</source>
        <translation>Série %1 : %2 documents, %3 numéros différents, le dernier %4.</translation>
    </message>
    <message>
        <source>No lot of tickets gives more than it holds, whichever counters took from it.</source>
        <translation>Aucun lot de tickets ne donne plus qu&apos;il ne contient, quels que soient les guichets qui y ont pris.</translation>
    </message>
    <message>
        <source>Lot %1 is overdrawn by %2 ticket(s).</source>
        <translation>Le lot %1 est à découvert de %2 ticket(s).</translation>
    </message>
    <message>
        <source>The online payment %1 of %2 is marked recorded with receipt %3, which is not here with that payment.</source>
        <translation>Le paiement en ligne %1 de %2 est marqué enregistré avec le reçu %3, qui n&apos;est pas ici avec ce paiement.</translation>
    </message>
    <message>
        <source>No invoice is paid beyond its total, whichever counters or the portal took the payments; every online payment recorded has its receipt.</source>
        <translation>Aucune facture n&apos;est réglée au-delà de son montant, quels que soient les guichets ou le portail qui ont pris les règlements ; chaque paiement en ligne enregistré a son reçu.</translation>
    </message>
    <message>
        <source>Invoice %1 is paid %2 beyond its total.</source>
        <translation>La facture %1 est réglée de %2 au-delà de son montant.</translation>
    </message>
    <message>
        <source>Every counter&apos;s journal is here whole: its entries follow one another from the first, and each still gives its hash.</source>
        <translation>Le journal de chaque guichet est ici entier : ses écritures se suivent depuis la première, et chacune redonne toujours son empreinte.</translation>
    </message>
    <message>
        <source>Counter %1&apos;s journal: entries are missing or doubled before entry %2.</source>
        <translation>Journal du guichet %1 : des écritures manquent ou sont en double avant l&apos;écriture %2.</translation>
    </message>
    <message>
        <source>Counter %1&apos;s journal: entry %2 does not follow the entry before it.</source>
        <translation>Journal du guichet %1 : l&apos;écriture %2 ne suit pas l&apos;écriture qui la précède.</translation>
    </message>
    <message>
        <source>Counter %1&apos;s journal: entry %2 was altered: its content no longer gives its hash.</source>
        <translation>Journal du guichet %1 : l&apos;écriture %2 a été modifiée : son contenu ne redonne plus son empreinte.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Database file to use.</source>
        <translation>Fichier de base de données à utiliser.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Number of households to create (demo).</source>
        <translation>Nombre de foyers à créer (demo).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Random seed of the demo data.</source>
        <translation>Graine aléatoire des données de démonstration.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Maximum number of results (search).</source>
        <translation>Nombre maximal de résultats (search).</translation>
    </message>
    <message>
        <source>Guichet Périscolaire %1, database schema %2</source>
        <translation>Guichet Périscolaire %1, schéma de base de données %2</translation>
    </message>
    <message>
        <source>Guichet Périscolaire %1, database schema %2 (%3)</source>
        <translation>Guichet Périscolaire %1, schéma de base de données %2 (%3)</translation>
    </message>
    <message>
        <source>--households takes a number between 1 and 200000.</source>
        <translation>--households attend un nombre compris entre 1 et 200000.</translation>
    </message>
    <message>
        <source>%1 / %2 households</source>
        <translation>%1 / %2 foyers</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) found.</source>
        <translation>
            <numerusform>%n foyer trouvé.</numerusform>
            <numerusform>%n foyers trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt number (pdf).</source>
        <translation>Numéro de reçu (pdf).</translation>
    </message>
    <message>
        <source>Credit note number (pdf).</source>
        <translation>Numéro d&apos;avoir (pdf).</translation>
    </message>
    <message>
        <source>pdf takes one of --invoice, --receipt or --credit-note with the document&apos;s number, and --output with the PDF file to write.</source>
        <translation>pdf attend l&apos;une des options --invoice, --receipt ou --credit-note avec le numéro du document, et --output avec le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2. Choose another folder.</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit : %2. Choisissez un autre répertoire.</translation>
    </message>
    <message>
        <source>%1 written (DUPLICATE).</source>
        <translation>%1 écrit (DUPLICATA).</translation>
    </message>
    <message>
        <source>%1 written.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>No validated household to sell to: create a demo database first.</source>
        <translation>Aucun foyer validé auquel vendre : créez d&apos;abord une base de démonstration.</translation>
    </message>
    <message>
        <source>The database %1 is intact.</source>
        <translation>La base de données %1 est intacte.</translation>
    </message>
    <message>
        <source>setup takes --counter-code (e.g. SO2) and --counter-name (e.g. &quot;Annexe Nord&quot;).</source>
        <translation>setup attend --counter-code (par ex. SO2) et --counter-name (par ex. « Annexe Nord »).</translation>
    </message>
    <message>
        <source>Counter %1 (%2) is set up on %3.</source>
        <translation>Le guichet %1 (%2) est configuré sur %3.</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC </translation>
    </message>
    <message>
        <source>%1 of %2 checks failed.</source>
        <translation>%1 vérification(s) sur %2 en échec.</translation>
    </message>
    <message>
        <source>All %1 checks hold: wallets, invoices, payments, credit notes, numbering and issued documents.</source>
        <translation>Les %1 vérifications sont satisfaites : porte-monnaie, factures, règlements, avoirs, numérotation et documents émis.</translation>
    </message>
    <message>
        <source>set this counter&apos;s code and name (--counter-code, --counter-name)</source>
        <translation>définir le code et le nom de ce guichet (--counter-code, --counter-name)</translation>
    </message>
    <message>
        <source>create a demonstration database (--households, --seed, --counter-code)</source>
        <translation>créer une base de démonstration (--households, --seed, --counter-code)</translation>
    </message>
    <message>
        <source>find households (the text to search follows)</source>
        <translation>rechercher des foyers (le texte à rechercher suit)</translation>
    </message>
    <message>
        <source>read the whole database file and report damage</source>
        <translation>lire tout le fichier de base de données et signaler les dommages</translation>
    </message>
    <message>
        <source>sell and pay in a loop (crash tests: kill it, then verify)</source>
        <translation>vendre et encaisser en boucle (tests de panne : l&apos;interrompre, puis vérifier)</translation>
    </message>
    <message>
        <source>write an invoice, receipt or credit note as PDF (--invoice, --receipt or --credit-note with its number, --output with the file)</source>
        <translation>écrire une facture, un reçu ou un avoir en PDF (--invoice, --receipt ou --credit-note avec son numéro, --output avec le fichier)</translation>
    </message>
    <message>
        <source>print the program and schema versions</source>
        <translation>afficher les versions du programme et du schéma</translation>
    </message>
    <message>
        <source>Guichet Périscolaire, command line.</source>
        <translation>Guichet Périscolaire, ligne de commande.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>This counter&apos;s code (setup; demo, SO1 by default).</source>
        <translation>Code de ce guichet (setup ; demo, SO1 par défaut).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>This counter&apos;s name (setup).</source>
        <translation>Nom de ce guichet (setup).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>L&apos;une des commandes ci-dessus.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Use one of: %2 (see --help).</source>
        <translation>Commande inconnue « %1 ». Utilisez l&apos;une de : %2 (voir --help).</translation>
    </message>
    <message>
        <source>Give the calendar file: guichet-cli calendar import FILE.ics --database DB</source>
        <translation>Donnez le fichier du calendrier : guichet-cli calendar import FICHIER.ics --database BASE</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>écarté : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) without class added</source>
        <translation>
            <numerusform>%n période sans classe ajoutée</numerusform>
            <numerusform>%n périodes sans classe ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n déjà présente</numerusform>
            <numerusform>%n déjà présentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) left out</source>
        <translation>
            <numerusform>%n événement écarté</numerusform>
            <numerusform>%n événements écartés</numerusform>
        </translation>
    </message>
    <message>
        <source>--weekdays lists days from 1 (Monday) to 7 (Sunday): 1,2,4,5.</source>
        <translation>--weekdays liste des jours de 1 (lundi) à 7 (dimanche) : 1,2,4,5.</translation>
    </message>
    <message numerus="yes">
        <source>%n service day(s) from %1 to %2</source>
        <translation>
            <numerusform>%n jour de service du %1 au %2</numerusform>
            <numerusform>%n jours de service du %1 au %2</numerusform>
        </translation>
    </message>
    <message>
        <source> — without service: %1 public holiday(s), %2 school holiday day(s), %3 closure day(s), %4 day(s) off in the week, %5 outside the school year.</source>
        <translation> — sans service : %1 jour(s) férié(s), %2 jour(s) de vacances, %3 jour(s) de fermeture, %4 jour(s) sans service dans la semaine, %5 hors année scolaire.</translation>
    </message>
    <message>
        <source>import the official school holidays (.ics or .csv; --zone, the commune&apos;s by default)</source>
        <translation>importer les vacances scolaires officielles (.ics ou .csv ; --zone, celle de la commune par défaut)</translation>
    </message>
    <message>
        <source>print the service days (--from, --to; --weekdays, --school)</source>
        <translation>afficher les jours de service (--from, --to ; --weekdays, --school)</translation>
    </message>
    <message>
        <source>Zone of school holidays, A, B or C (calendar import).</source>
        <translation>Zone des vacances scolaires, A, B ou C (calendar import).</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Give the family file and the activity: guichet-cli book --household SO1-42 --child Léa --activity cantine --from 2026-09-01 --to 2026-09-30 --database DB</source>
        <translation>Indiquez le dossier et l&apos;activité : guichet-cli book --household SO1-42 --child Léa --activity cantine --from 2026-09-01 --to 2026-09-30 --database BASE</translation>
    </message>
    <message>
        <source>Give the first and last days as YYYY-MM-DD: --from 2026-09-01 --to 2026-09-30.</source>
        <translation>Indiquez le premier et le dernier jour au format AAAA-MM-JJ : --from 2026-09-01 --to 2026-09-30.</translation>
    </message>
    <message>
        <source>No child of %1 is called &quot;%2&quot;.</source>
        <translation>Aucun enfant de %1 ne s&apos;appelle « %2 ».</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n children: give --child FIRST_NAME or --all-children.</source>
        <translation>
            <numerusform>%1 a %n enfant : indiquez --child PRÉNOM ou --all-children.</numerusform>
            <numerusform>%1 a %n enfants : indiquez --child PRÉNOM ou --all-children.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no activity &quot;%1&quot;. The activities: %2.</source>
        <translation>Il n&apos;y a pas d&apos;activité « %1 ». Les activités : %2.</translation>
    </message>
    <message>
        <source>left alone: %1 %2: %3</source>
        <translation>non modifié : %1 %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) cancelled</source>
        <translation>
            <numerusform>%n jour annulé</numerusform>
            <numerusform>%n jours annulés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) booked</source>
        <translation>
            <numerusform>%n jour réservé</numerusform>
            <numerusform>%n jours réservés</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1); tickets in the wallet: %2 before, %3 after.</source>
        <translation> (%1) ; tickets dans le porte-monnaie : %2 avant, %3 après.</translation>
    </message>
    <message>
        <source>book days, or cancel them (--household, --child or --all-children, --activity, --from, --to; --weekdays, --cancel)</source>
        <translation>réserver des jours, ou les annuler (--household, --child ou --all-children, --activity, --from, --to ; --weekdays, --cancel)</translation>
    </message>
    <message>
        <source>Days of the week, 1 = Monday (calendar days, book).</source>
        <translation>Jours de la semaine, 1 = lundi (calendar days, book).</translation>
    </message>
    <message>
        <source>Every child of the family file (book).</source>
        <translation>Tous les enfants du dossier (book).</translation>
    </message>
    <message>
        <source>Cancel the days instead of booking them (book).</source>
        <translation>Annuler les jours au lieu de les réserver (book).</translation>
    </message>
    <message>
        <source>Give the day, the school and the activity: guichet-cli attendance --date 2026-09-03 --school &quot;École Jean-Macé&quot; --activity cantine --database DB</source>
        <translation>Indiquez le jour, l&apos;école et l&apos;activité : guichet-cli attendance --date 2026-09-03 --school &quot;École Jean-Macé&quot; --activity cantine --database BASE</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %3: %n child(ren) booked.</source>
        <translation>
            <numerusform>%1, %2, %3 : %n enfant réservé.</numerusform>
            <numerusform>%1, %2, %3 : %n enfants réservés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the day as YYYY-MM-DD: --date 2026-09-03 [--to 2026-09-07].</source>
        <translation>Indiquez le jour au format AAAA-MM-JJ : --date 2026-09-03 [--to 2026-09-07].</translation>
    </message>
    <message numerus="yes">
        <source>%n meal(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n repas du %1 au %2.</numerusform>
            <numerusform>%n repas du %1 au %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>the day&apos;s list of a school and activity (--date, --school, --activity; --csv)</source>
        <translation>la liste du jour d&apos;une école et d&apos;une activité (--date, --school, --activity ; --csv)</translation>
    </message>
    <message>
        <source>meals per school and day, with diets and allergies (--date; --to, --csv)</source>
        <translation>les repas par école et par jour, avec régimes et allergies (--date ; --to, --csv)</translation>
    </message>
    <message>
        <source>A school&apos;s name (calendar days, attendance).</source>
        <translation>Le nom d&apos;une école (calendar days, attendance).</translation>
    </message>
    <message>
        <source>An activity&apos;s code: cantine, garderie_matin… (book, attendance).</source>
        <translation>Le code d&apos;une activité : cantine, garderie_matin… (book, attendance).</translation>
    </message>
    <message>
        <source>The day, YYYY-MM-DD (attendance, kitchen).</source>
        <translation>Le jour, AAAA-MM-JJ (attendance, kitchen).</translation>
    </message>
    <message>
        <source>Print CSV for a spreadsheet: UTF-8, &apos;;&apos; (attendance, kitchen).</source>
        <translation>Écrire du CSV pour un tableur : UTF-8, « ; » (attendance, kitchen).</translation>
    </message>
    <message>
        <source>Demo database %1: %2 households, %3 children, %4 in shared custody, %5 invoices, %6 credit notes, %7 days booked (%8 then cancelled); attendance: %9 present, %10 absent, %11 excused.</source>
        <translation>Base de démonstration %1 : %2 foyers, %3 enfants, %4 en garde partagée, %5 factures, %6 avoirs, %7 jours réservés (%8 annulés ensuite) ; présences : %9 présents, %10 absents, %11 absences justifiées.</translation>
    </message>
    <message>
        <source>Several children of %1 are called &quot;%2&quot;: do it in the window.</source>
        <translation>Plusieurs enfants de %1 s&apos;appellent « %2 » : faites-le dans la fenêtre.</translation>
    </message>
    <message>
        <source>Give the family file and the child: guichet-cli custody --household SO1-42 --child Léa --alternate-from 2026-08-31 --database DB</source>
        <translation>Indiquez le dossier et l&apos;enfant : guichet-cli custody --household SO1-42 --child Léa --alternate-from 2026-08-31 --database BASE</translation>
    </message>
    <message>
        <source>who has a child of two households when (--household, --child; --alternate-from MONDAY, or --from and --to, or --clear)</source>
        <translation>chez quel foyer est un enfant de deux foyers, et quand (--household, --child ; --alternate-from LUNDI, ou --from et --to, ou --clear)</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD (calendar days, book, custody, kitchen).</source>
        <translation>Dernier jour, AAAA-MM-JJ (calendar days, book, custody, kitchen).</translation>
    </message>
    <message>
        <source>A family file number, SO1-42 (book, custody).</source>
        <translation>Un numéro de dossier, SO1-42 (book, custody).</translation>
    </message>
    <message>
        <source>A child&apos;s first name (book, custody).</source>
        <translation>Le prénom d&apos;un enfant (book, custody).</translation>
    </message>
    <message>
        <source>The Monday of the household&apos;s first week of alternate weeks (custody).</source>
        <translation>Le lundi de la première semaine du foyer, en semaines alternées (custody).</translation>
    </message>
    <message>
        <source>Remove the child&apos;s custody schedule (custody).</source>
        <translation>Supprimer le calendrier de garde de l&apos;enfant (custody).</translation>
    </message>
    <message>
        <source>Give the day, the family file, the child, the activity and the attendance: guichet-cli mark --date 2026-09-03 --household SO1-42 --child Léa --activity cantine --status present|absent|excused [--reason TEXT] --database DB</source>
        <translation>Indiquez le jour, le dossier, l&apos;enfant, l&apos;activité et la présence : guichet-cli mark --date 2026-09-03 --household SO1-42 --child Léa --activity cantine --status present|absent|excused [--reason TEXTE] --database BASE</translation>
    </message>
    <message>
        <source>record a child&apos;s attendance; present without a booking books and charges the day (--date, --household, --child, --activity, --status; --reason)</source>
        <translation>pointer la présence d&apos;un enfant ; présent sans réservation, le jour est réservé et facturé (--date, --household, --child, --activity, --status ; --reason)</translation>
    </message>
    <message>
        <source>present, absent or excused (mark).</source>
        <translation>present, absent ou excused (mark).</translation>
    </message>
    <message>
        <source>status</source>
        <translation>présence</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) on the new holidays cancelled, their tickets given back.</source>
        <translation>
            <numerusform>%n réservation sur les nouvelles vacances annulée, son ticket rendu.</numerusform>
            <numerusform>%n réservations sur les nouvelles vacances annulées, leurs tickets rendus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give why and when: guichet-cli calendar closure --label &quot;Grève&quot; --from 2026-10-06 [--to 2026-10-06] [--school NAME] --database DB</source>
        <translation>Indiquez pourquoi et quand : guichet-cli calendar closure --label &quot;Grève&quot; --from 2026-10-06 [--to 2026-10-06] [--school NOM] --database BASE</translation>
    </message>
    <message numerus="yes">
        <source>Closure added; %n booking(s) cancelled, their tickets given back.</source>
        <translation>
            <numerusform>Fermeture ajoutée ; %n réservation annulée, son ticket rendu.</numerusform>
            <numerusform>Fermeture ajoutée ; %n réservations annulées, leurs tickets rendus.</numerusform>
        </translation>
    </message>
    <message>
        <source>close a school, or every school, some days: their bookings are cancelled and the tickets given back (--label, --from; --to, --school)</source>
        <translation>fermer une école, ou toutes, certains jours : leurs réservations sont annulées et les tickets rendus (--label, --from ; --to, --school)</translation>
    </message>
    <message>
        <source>Why there is no service, shown to all (calendar closure).</source>
        <translation>Pourquoi il n&apos;y a pas de service, visible de tous (calendar closure).</translation>
    </message>
    <message>
        <source>Present without a booking: %1 ticket(s) taken from the wallet, %2 owed.</source>
        <translation>Présent sans réservation : %1 ticket(s) pris dans le porte-monnaie, %2 dû(s).</translation>
    </message>
    <message>
        <source>Give the login, the name, the role and the password on stdin: guichet-cli user add --login m.dupont --name &quot;Marie Dupont&quot; --role agent --password-stdin [--user ADMIN] --database DB</source>
        <translation>Indiquez l&apos;identifiant, le nom, le rôle et le mot de passe sur l&apos;entrée standard : guichet-cli user add --login m.dupont --name &quot;Marie Dupont&quot; --role agent --password-stdin [--user ADMIN] --database BASE</translation>
    </message>
    <message>
        <source>User %1 added (%2).</source>
        <translation>Utilisateur %1 ajouté (%2).</translation>
    </message>
    <message>
        <source>Give the login to disable: guichet-cli user disable --login m.dupont --user ADMIN --database DB (the administrator&apos;s password on stdin)</source>
        <translation>Indiquez l&apos;identifiant à désactiver : guichet-cli user disable --login m.dupont --user ADMIN --database BASE (le mot de passe de l&apos;administrateur sur l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation>Utilisateur %1 désactivé.</translation>
    </message>
    <message>
        <source>add a user (--login, --name, --role agent|regisseur|admin, --password-stdin; --user ADMIN)</source>
        <translation>ajouter un utilisateur (--login, --name, --role agent|regisseur|admin, --password-stdin ; --user ADMIN)</translation>
    </message>
    <message>
        <source>list the users</source>
        <translation>lister les utilisateurs</translation>
    </message>
    <message>
        <source>disable a user (--login, --user ADMIN)</source>
        <translation>désactiver un utilisateur (--login, --user ADMIN)</translation>
    </message>
    <message>
        <source>A user&apos;s login (user add, user disable).</source>
        <translation>L&apos;identifiant d&apos;un utilisateur (user add, user disable).</translation>
    </message>
    <message>
        <source>login</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>A user&apos;s name, as documents show it (user add).</source>
        <translation>Le nom d&apos;un utilisateur, tel que les documents l&apos;affichent (user add).</translation>
    </message>
    <message>
        <source>agent, regisseur or admin (user add).</source>
        <translation>agent, regisseur ou admin (user add).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>Read the new password on stdin (user add).</source>
        <translation>Lire le nouveau mot de passe sur l&apos;entrée standard (user add).</translation>
    </message>
    <message>
        <source>Book beyond the wallet, the days not covered owed: a régisseur&apos;s decision, with its reason (book, with --user).</source>
        <translation>Réserver au-delà du porte-monnaie, les jours non couverts étant dus : une décision du régisseur, avec son motif (book, avec --user).</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>Act as this user (user, calendar import, calendar closure, book); the password is the first line on stdin.</source>
        <translation>Agir en tant que cet utilisateur (user, calendar import, calendar closure, book) ; son mot de passe est la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>This command writes: give --user LOGIN, with the password as the first line on stdin.</source>
        <translation>Cette commande enregistre : donnez --user IDENTIFIANT, avec le mot de passe en première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>open the till with its float (--float 150,00, --user)</source>
        <translation>ouvrir la caisse avec son fonds de caisse (--float 150,00, --user)</translation>
    </message>
    <message>
        <source>count and close the till (--count &quot;50:2,20:5,0.5:6&quot;, [--comment], --user)</source>
        <translation>compter et fermer la caisse (--count &quot;50:2,20:5,0.5:6&quot;, [--comment], --user)</translation>
    </message>
    <message>
        <source>the open till: float, cash taken, expected cash</source>
        <translation>la caisse ouverte : fonds de caisse, espèces encaissées, espèces attendues</translation>
    </message>
    <message>
        <source>close a day, a month or a year: Z report (--date | --month | --year, [--pdf], --user)</source>
        <translation>clôturer une journée, un mois ou une année : ticket Z (--date | --month | --year, [--pdf], --user)</translation>
    </message>
    <message>
        <source>sell tickets (--household, --items cantine:10, [--pay ...], --user)</source>
        <translation>vendre des tickets (--household, --items cantine:10, [--pay ...], --user)</translation>
    </message>
    <message>
        <source>pay an invoice (--invoice, --pay cash[:AMOUNT[:TENDERED]] ..., --user)</source>
        <translation>régler une facture (--invoice, --pay cash[:MONTANT[:REMIS]] ..., --user)</translation>
    </message>
    <message>
        <source>issue a credit note (--invoice, --lines cantine:5, --reason, --user)</source>
        <translation>émettre un avoir (--invoice, --lines cantine:5, --reason, --user)</translation>
    </message>
    <message>
        <source>put the cheques not deposited on a numbered slip ([--pdf], --user)</source>
        <translation>porter les chèques non remis sur un bordereau numéroté ([--pdf], --user)</translation>
    </message>
    <message>
        <source>the public accountant&apos;s statement (--from, --to, [--pdf], [--csv-file])</source>
        <translation>le relevé pour le comptable public (--from, --to, [--pdf], [--csv-file])</translation>
    </message>
    <message>
        <source>Invoice number (pdf, pay, credit-note).</source>
        <translation>Numéro de facture (pdf, pay, credit-note).</translation>
    </message>
    <message>
        <source>Why an absence is excused (mark), why a credit note (credit-note).</source>
        <translation>Motif d&apos;une absence excusée (mark), motif d&apos;un avoir (credit-note).</translation>
    </message>
    <message>
        <source>The cash put in the till at opening, 150,00 (till open).</source>
        <translation>Les espèces mises en caisse à l&apos;ouverture, 150,00 (till open).</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>The cash counted, euros:pieces, e.g. &quot;50:2,20:5,0.5:6&quot; (till close; stress: number of sales).</source>
        <translation>Les espèces comptées, euros:pièces, par ex. &quot;50:2,20:5,0.5:6&quot; (till close ; stress : nombre de ventes).</translation>
    </message>
    <message>
        <source>Why the count differs from the expected cash (till close).</source>
        <translation>Pourquoi le comptage diffère des espèces attendues (till close).</translation>
    </message>
    <message>
        <source>A month, YYYY-MM (closure).</source>
        <translation>Un mois, AAAA-MM (closure).</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>PDF file to write (closure, deposit-slip, statement).</source>
        <translation>Fichier PDF à écrire (closure, deposit-slip, statement).</translation>
    </message>
    <message>
        <source>Tickets to sell, ACTIVITY:NUMBER,... (sell).</source>
        <translation>Tickets à vendre, ACTIVITÉ:NOMBRE,... (sell).</translation>
    </message>
    <message>
        <source>items</source>
        <translation>articles</translation>
    </message>
    <message>
        <source>A means of payment, as often as needed: cash[:AMOUNT[:TENDERED]], cheque:AMOUNT:NUMBER:BANK, card:AMOUNT:REFERENCE (sell, pay).</source>
        <translation>Un moyen de paiement, autant de fois que nécessaire : cash[:MONTANT[:REMIS]], cheque:MONTANT:NUMÉRO:BANQUE, card:MONTANT:RÉFÉRENCE (sell, pay).</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>paiement</translation>
    </message>
    <message>
        <source>Tickets to credit, ACTIVITY:NUMBER,... (credit-note).</source>
        <translation>Tickets à annuler par avoir, ACTIVITÉ:NOMBRE,... (credit-note).</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>A chain head printed on a Z report: verify checks the journal still holds it (verify).</source>
        <translation>Une tête de chaîne imprimée sur un ticket Z : verify contrôle que le journal la contient toujours (verify).</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>empreinte</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in euros (write 150,00).</source>
        <translation>%1 : « %2 » n&apos;est pas un montant en euros (écrivez 150,00).</translation>
    </message>
    <message>
        <source>A cheque is given as cheque:AMOUNT:NUMBER:BANK[:DRAWER] (&quot;%1&quot;).</source>
        <translation>Un chèque s&apos;écrit cheque:MONTANT:NUMÉRO:BANQUE[:TIREUR] (« %1 »).</translation>
    </message>
    <message>
        <source>A card payment is given as card:AMOUNT:REFERENCE (&quot;%1&quot;).</source>
        <translation>Un paiement par carte s&apos;écrit card:MONTANT:RÉFÉRENCE (« %1 »).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: pay with cash, cheque or card.</source>
        <translation>« %1 » : payez en espèces (cash), par chèque (cheque) ou par carte (card).</translation>
    </message>
    <message>
        <source>Only one --pay may leave its amount out (it takes what remains due).</source>
        <translation>Un seul --pay peut omettre son montant (il prend ce qui reste dû).</translation>
    </message>
    <message>
        <source>closure takes one of --date YYYY-MM-DD, --month YYYY-MM or --year YYYY.</source>
        <translation>closure prend l&apos;une des options --date AAAA-MM-JJ, --month AAAA-MM ou --year AAAA.</translation>
    </message>
    <message>
        <source>Give the family file and the tickets: guichet-cli sell --user L --household SO1-42 --items cantine:10 --pay cash --database DB</source>
        <translation>Donnez le dossier famille et les tickets : guichet-cli sell --user L --household SO1-42 --items cantine:10 --pay cash --database BASE</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: give each item as ACTIVITY:NUMBER, e.g. cantine:10.</source>
        <translation>« %1 » : donnez chaque article sous la forme ACTIVITÉ:NOMBRE, par ex. cantine:10.</translation>
    </message>
    <message>
        <source>Give the invoice and the payment: guichet-cli pay --user L --invoice SO1-2026-000042 --pay cash --database DB</source>
        <translation>Donnez la facture et le paiement : guichet-cli pay --user L --invoice SO1-2026-000042 --pay cash --database BASE</translation>
    </message>
    <message>
        <source>Give the invoice, the tickets and why: guichet-cli credit-note --user L --invoice SO1-2026-000042 --lines cantine:5 --reason &quot;Déménagement&quot; --database DB</source>
        <translation>Donnez la facture, les tickets et le motif : guichet-cli credit-note --user L --invoice SO1-2026-000042 --lines cantine:5 --reason &quot;Déménagement&quot; --database BASE</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: give each line as ACTIVITY:NUMBER, e.g. cantine:5.</source>
        <translation>« %1 » : donnez chaque ligne sous la forme ACTIVITÉ:NOMBRE, par ex. cantine:5.</translation>
    </message>
    <message>
        <source>Invoice %1 has no line of &quot;%2&quot;.</source>
        <translation>La facture %1 n&apos;a pas de ligne « %2 ».</translation>
    </message>
    <message>
        <source>PDF file to write (pdf); folder of the archive (archive).</source>
        <translation>Fichier PDF à écrire (pdf) ; dossier de l&apos;archive (archive).</translation>
    </message>
    <message>
        <source>Give the year and the folder: guichet-cli archive --user L --year 2026 --output FOLDER --database DB</source>
        <translation>Donnez l&apos;année et le dossier : guichet-cli archive --user L --year 2026 --output DOSSIER --database BASE</translation>
    </message>
    <message>
        <source>write a year&apos;s journal and closures, checkable without this program (--year, --output FOLDER, --user)</source>
        <translation>écrire le journal et les clôtures d&apos;une année, contrôlables sans ce programme (--year, --output DOSSIER, --user)</translation>
    </message>
    <message>
        <source>Give who you are: guichet-cli user password --user LOGIN [--login OTHER] --database DB (your password, then the new one, on stdin)</source>
        <translation>Dites qui vous êtes : guichet-cli user password --user IDENTIFIANT [--login AUTRE] --database BASE (votre mot de passe, puis le nouveau, sur l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>Le mot de passe de %1 est changé.</translation>
    </message>
    <message>
        <source>change one&apos;s password, or an administrator resets another&apos;s (--user, [--login])</source>
        <translation>changer son mot de passe, ou un administrateur remet celui d&apos;un autre (--user, [--login])</translation>
    </message>
    <message>
        <source>roll over to the next school year, tickets carried over ([--percent 2.5], [--start, --end, --opens], [--calendar FILE], [--csv-file]; without --yes: the summary only; --user ADMIN)</source>
        <translation>passer à l&apos;année scolaire suivante, tickets reportés ([--percent 2.5], [--start, --end, --opens], [--calendar FICHIER], [--csv-file] ; sans --yes : le résumé seulement ; --user ADMIN)</translation>
    </message>
    <message>
        <source>what the last roll-over carried over, lot by lot ([--csv-file])</source>
        <translation>ce que le dernier passage d&apos;année a reporté, lot par lot ([--csv-file])</translation>
    </message>
    <message>
        <source>refund surplus tickets (--household, --activity, [--tickets N], --iban [--bic] | --cash, [--reason], [--quote]; --user)</source>
        <translation>rembourser des tickets en trop (--household, --activity, [--tickets N], --iban [--bic] | --cash, [--reason], [--quote] ; --user)</translation>
    </message>
    <message>
        <source>the refunds of a period (--from, --to, [--pdf], [--csv], [--xlsx], [--issue], [--accountant]; --user)</source>
        <translation>les remboursements d&apos;une période (--from, --to, [--pdf], [--csv], [--xlsx], [--issue], [--accountant] ; --user)</translation>
    </message>
    <message>
        <source>CSV file to write (statement, year rollover, year carry-over; refund-report takes --csv FILE).</source>
        <translation>Fichier CSV à écrire (statement, year rollover, year carry-over ; refund-report prend --csv FICHIER).</translation>
    </message>
    <message>
        <source>Change of prices for the new school year, 2.5 or -1 (year rollover).</source>
        <translation>Évolution des prix pour la nouvelle année scolaire, 2.5 ou -1 (year rollover).</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>pourcentage</translation>
    </message>
    <message>
        <source>First day of the new school year, YYYY-MM-DD (year rollover).</source>
        <translation>Premier jour de la nouvelle année scolaire, AAAA-MM-JJ (year rollover).</translation>
    </message>
    <message>
        <source>Last day of the new school year, YYYY-MM-DD (year rollover).</source>
        <translation>Dernier jour de la nouvelle année scolaire, AAAA-MM-JJ (year rollover).</translation>
    </message>
    <message>
        <source>The day bookings open, YYYY-MM-DD (year rollover).</source>
        <translation>Le jour d&apos;ouverture des réservations, AAAA-MM-JJ (year rollover).</translation>
    </message>
    <message>
        <source>The new year&apos;s official calendar, .ics or .csv, imported (year rollover).</source>
        <translation>Le calendrier officiel de la nouvelle année, .ics ou .csv, importé (year rollover).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Do it, after reading the summary (year rollover).</source>
        <translation>Le faire, après avoir lu le résumé (year rollover).</translation>
    </message>
    <message>
        <source>How many tickets to refund; all of them without it (refund).</source>
        <translation>Combien de tickets rembourser ; tous sans cette option (refund).</translation>
    </message>
    <message>
        <source>The payer&apos;s IBAN, the refund is paid to (refund).</source>
        <translation>L&apos;IBAN du payeur, sur lequel le remboursement est versé (refund).</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>The bank&apos;s BIC, needed outside the EEA (refund).</source>
        <translation>Le BIC de la banque, nécessaire hors de l&apos;EEE (refund).</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Refund in cash from the open till, where the régie allows it (refund).</source>
        <translation>Rembourser en espèces depuis la caisse ouverte, là où la régie le permet (refund).</translation>
    </message>
    <message>
        <source>Show what the refund would pay, and write nothing (refund).</source>
        <translation>Montrer ce que le remboursement verserait, sans rien enregistrer (refund).</translation>
    </message>
    <message>
        <source>Issue the report as a refund order: its transfers go to the accountant (refund-report).</source>
        <translation>Émettre le rapport comme ordre de remboursement : ses virements partent au comptable public (refund-report).</translation>
    </message>
    <message>
        <source>The accountant&apos;s copy, with the IBANs in full (refund-report).</source>
        <translation>L&apos;exemplaire du comptable, avec les IBAN en entier (refund-report).</translation>
    </message>
    <message>
        <source>Spreadsheet file to write (refund-report).</source>
        <translation>Fichier tableur à écrire (refund-report).</translation>
    </message>
    <message>
        <source>--percent takes a percentage such as 2.5 or -1 (at most two decimals).</source>
        <translation>--percent attend un pourcentage comme 2.5 ou -1 (deux décimales au plus).</translation>
    </message>
    <message>
        <source>Nothing was written: run the same command with --yes to roll over.</source>
        <translation>Rien n&apos;a été enregistré : relancez la même commande avec --yes pour passer à l&apos;année suivante.</translation>
    </message>
    <message>
        <source>%1 / %2 lots carried over</source>
        <translation>%1 / %2 lots reportés</translation>
    </message>
    <message>
        <source>No school year was rolled over yet: there is no carry-over to show.</source>
        <translation>Aucune année scolaire n&apos;a encore été basculée : il n&apos;y a pas de report à montrer.</translation>
    </message>
    <message>
        <source>Give the family file and the activity: guichet-cli refund --user L --household SO1-42 --activity cantine [--tickets N] --iban IBAN --database DB</source>
        <translation>Indiquez le dossier et l&apos;activité : guichet-cli refund --user L --household SO1-42 --activity cantine [--tickets N] --iban IBAN --database BASE</translation>
    </message>
    <message>
        <source>--tickets takes a number of tickets, 1 or more.</source>
        <translation>--tickets attend un nombre de tickets, 1 ou plus.</translation>
    </message>
    <message>
        <source>Give the payer&apos;s IBAN (--iban), or --cash where the régie pays refunds in cash.</source>
        <translation>Indiquez l&apos;IBAN du payeur (--iban), ou --cash si la régie rembourse en espèces.</translation>
    </message>
    <message>
        <source>Give the period as --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>Indiquez la période : --from AAAA-MM-JJ --to AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>the outbox, newest first ([--household])</source>
        <translation>la boîte d&apos;envoi, les plus récents d&apos;abord ([--household])</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (calendar days, book, custody); the sender&apos;s address (mail setup).</source>
        <translation>Premier jour, AAAA-MM-JJ (calendar days, book, custody) ; l&apos;adresse d&apos;expédition (mail setup).</translation>
    </message>
    <message>
        <source>The mail server, smtp://HOST:PORT or smtps://HOST:PORT (mail send).</source>
        <translation>Le serveur de messagerie, smtp://SERVEUR:PORT ou smtps://SERVEUR:PORT (mail send).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>starttls, tls or none (mail send).</source>
        <translation>starttls, tls ou none (mail send).</translation>
    </message>
    <message>
        <source>security</source>
        <translation>sécurité</translation>
    </message>
    <message>
        <source>The mail server&apos;s user name (mail send).</source>
        <translation>L&apos;identifiant sur le serveur de messagerie (mail send).</translation>
    </message>
    <message>
        <source>The sender&apos;s name the families see (mail setup).</source>
        <translation>Le nom d&apos;expéditeur que voient les familles (mail setup).</translation>
    </message>
    <message>
        <source>Where the families&apos; answers go (mail setup).</source>
        <translation>L&apos;adresse où arrivent les réponses des familles (mail setup).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>A certificate authority to trust for the mail server, PEM (mail send).</source>
        <translation>Une autorité de certification à accepter pour le serveur de messagerie, PEM (mail send).</translation>
    </message>
    <message>
        <source>--smtp-security takes starttls, tls or none.</source>
        <translation>--smtp-security attend starttls, tls ou none.</translation>
    </message>
    <message>
        <source>%1 / %2 messages</source>
        <translation>%1 / %2 messages</translation>
    </message>
    <message>
        <source>tell every validated family that the plannings are open, once a year ([--year 2027-2028]; --user)</source>
        <translation>annoncer à chaque famille validée l&apos;ouverture des plannings, une fois par an ([--year 2027-2028] ; --user)</translation>
    </message>
    <message>
        <source>A year, YYYY (closure, archive); a school year, 2027-2028 (mail plannings-open).</source>
        <translation>Une année, AAAA (closure, archive) ; une année scolaire, 2027-2028 (mail plannings-open).</translation>
    </message>
    <message>
        <source>There is no school year &quot;%1&quot;: give one as --year 2027-2028.</source>
        <translation>Il n&apos;y a pas d&apos;année scolaire « %1 » : indiquez-la ainsi : --year 2027-2028.</translation>
    </message>
    <message>
        <source>%1 / %2 families</source>
        <translation>%1 / %2 familles</translation>
    </message>
    <message>
        <source>each message&apos;s kind, whose text it is, and its subject</source>
        <translation>chaque sorte de message, qui en a écrit le texte, et son objet</translation>
    </message>
    <message>
        <source>print a message&apos;s text (--kind, [--preview FILE_NO]); change it ([--subject], [--body-file], or --reset; --user ADMIN)</source>
        <translation>afficher le texte d&apos;un message (--kind, [--preview N° DE DOSSIER]) ; le modifier ([--subject], [--body-file], ou --reset ; --user ADMIN)</translation>
    </message>
    <message>
        <source>A message&apos;s kind: invoice, reminder… (mail template).</source>
        <translation>La sorte de message : invoice, reminder… (mail template).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>sorte</translation>
    </message>
    <message>
        <source>The message&apos;s new subject (mail template).</source>
        <translation>Le nouvel objet du message (mail template).</translation>
    </message>
    <message>
        <source>A UTF-8 file holding the message&apos;s new text (mail template).</source>
        <translation>Un fichier UTF-8 contenant le nouveau texte du message (mail template).</translation>
    </message>
    <message>
        <source>Go back to the program&apos;s own text (mail template).</source>
        <translation>Revenir au texte du logiciel (mail template).</translation>
    </message>
    <message>
        <source>Show the text filled for this family file (mail template).</source>
        <translation>Afficher le texte rempli pour ce dossier famille (mail template).</translation>
    </message>
    <message>
        <source>file number</source>
        <translation>n° de dossier</translation>
    </message>
    <message>
        <source>There is no message &quot;%1&quot;. The messages: %2.</source>
        <translation>Il n&apos;y a pas de message « %1 ». Les messages : %2.</translation>
    </message>
    <message>
        <source>--reset goes back to the program&apos;s text: give no --subject or --body-file with it.</source>
        <translation>--reset revient au texte du logiciel : ne donnez ni --subject ni --body-file avec lui.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>deliver the emails waiting in the outbox ([--smtp smtp://HOST:PORT], [--smtp-security], [--smtp-user, --smtp-password-stdin], [--smtp-ca]; the password is the keyring&apos;s unless given)</source>
        <translation>envoyer les courriels en attente ([--smtp smtp://HÔTE:PORT], [--smtp-security], [--smtp-user, --smtp-password-stdin], [--smtp-ca] ; le mot de passe est celui du trousseau s&apos;il n&apos;est pas donné)</translation>
    </message>
    <message>
        <source>the commune&apos;s mail server (--smtp, [--smtp-security], [--smtp-user], [--smtp-password-stdin: to the keyring], --from, [--from-name], [--reply-to]; --user ADMIN)</source>
        <translation>le serveur de messagerie de la commune (--smtp, [--smtp-security], [--smtp-user], [--smtp-password-stdin : dans le trousseau], --from, [--from-name], [--reply-to] ; --user ADMIN)</translation>
    </message>
    <message>
        <source>Read the mail server&apos;s password on stdin (mail send; mail setup keeps it in the keyring).</source>
        <translation>Lire le mot de passe du serveur de messagerie sur l&apos;entrée standard (mail send ; mail setup le garde dans le trousseau).</translation>
    </message>
    <message>
        <source>create or migrate the central PostgreSQL database and register this counter (--url postgresql://USER@HOST/DB or service=NAME; --user ADMIN)</source>
        <translation>créer ou migrer la base centrale PostgreSQL et y inscrire ce guichet (--url postgresql://UTILISATEUR@HÔTE/BASE ou service=NOM ; --user ADMIN)</translation>
    </message>
    <message>
        <source>The central database: postgresql://USER@HOST:5432/DATABASE[?sslmode=…] or service=NAME (central init).</source>
        <translation>La base centrale : postgresql://UTILISATEUR@HÔTE:5432/BASE[?sslmode=…] ou service=NOM (central init).</translation>
    </message>
    <message>
        <source>Give the central database: --url postgresql://USER@HOST:5432/DATABASE or --url service=NAME.</source>
        <translation>Donnez la base centrale : --url postgresql://UTILISATEUR@HÔTE:5432/BASE ou --url service=NOM.</translation>
    </message>
    <message>
        <source>Sending: %1 / %2 changes</source>
        <translation>Envoi : %1 / %2 changements</translation>
    </message>
    <message>
        <source>send this counter&apos;s changes to the central database and take the other counters&apos; (--url; exit 3: conflicts wait for a clerk; 1: it cannot, the counter goes on offline)</source>
        <translation>envoyer les changements de ce guichet à la base centrale et prendre ceux des autres guichets (--url ; sortie 3 : des conflits attendent un agent ; 1 : impossible, le guichet continue hors ligne)</translation>
    </message>
    <message>
        <source>Receiving: %1 changes</source>
        <translation>Réception : %1 changements</translation>
    </message>
    <message>
        <source>run every money and ticket check; exit 1 naming what fails ([--central URL]: the central database&apos;s, across counters)</source>
        <translation>lancer toutes les vérifications d&apos;argent et de tickets ; sortie 1 en nommant ce qui échoue ([--central URL] : celles de la base centrale, tous guichets confondus)</translation>
    </message>
    <message>
        <source>Run the central database&apos;s checks instead, across counters (verify).</source>
        <translation>Lancer plutôt les vérifications de la base centrale, tous guichets confondus (verify).</translation>
    </message>
    <message>
        <source>Online payments wait: %1</source>
        <translation>Des paiements en ligne attendent : %1</translation>
    </message>
    <message>
        <source>All %1 central checks hold: every counter&apos;s changes, the document series, the lots, the journals, the invoices.</source>
        <translation>Les %1 vérifications centrales sont satisfaites : changements de chaque guichet, séries de documents, lots, journaux, factures.</translation>
    </message>
</context>
<context>
    <name>ClosureService</name>
    <message>
        <source>There is no closure number %1.</source>
        <translation>Il n&apos;existe pas de clôture n° %1.</translation>
    </message>
    <message>
        <source>Closing the day (Z report)</source>
        <translation>La clôture de la journée (ticket Z)</translation>
    </message>
    <message>
        <source>Give the day to close as YYYY-MM-DD.</source>
        <translation>Donnez le jour à clôturer sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>%1 has not come yet: a day is closed once its sales are over.</source>
        <translation>Le %1 n&apos;est pas encore arrivé : une journée se clôture une fois ses ventes terminées.</translation>
    </message>
    <message>
        <source>%1 is already closed (Z report %2): a closure is final.</source>
        <translation>%1 est déjà clôturé (ticket Z %2) : une clôture est définitive.</translation>
    </message>
    <message>
        <source>Days are closed in order: %1 is already closed, so %2 can no longer be.</source>
        <translation>Les journées se clôturent dans l&apos;ordre : le %1 est déjà clôturé, le %2 ne peut donc plus l&apos;être.</translation>
    </message>
    <message>
        <source>The till opened on %1 by %2 is still open: close it (count the cash) before closing the day.</source>
        <translation>La caisse ouverte le %1 par %2 est encore ouverte : fermez-la (comptez les espèces) avant de clôturer la journée.</translation>
    </message>
    <message>
        <source>%1 had sales that are not closed yet: close the days in order, starting with that one.</source>
        <translation>Le %1 a des ventes qui ne sont pas encore clôturées : clôturez les journées dans l&apos;ordre, en commençant par celle-là.</translation>
    </message>
    <message>
        <source>Closing a month or a year</source>
        <translation>La clôture d&apos;un mois ou d&apos;une année</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM, e.g. 2026-11.</source>
        <translation>Donnez le mois sous la forme AAAA-MM, par ex. 2026-11.</translation>
    </message>
    <message>
        <source>Give the year as YYYY, e.g. 2026.</source>
        <translation>Donnez l&apos;année sous la forme AAAA, par ex. 2026.</translation>
    </message>
    <message>
        <source>%1 is not over yet: it is closed once its last day is closed.</source>
        <translation>%1 n&apos;est pas terminé : il se clôture une fois son dernier jour clôturé.</translation>
    </message>
    <message>
        <source>%1 had sales that are not closed yet: close that day first.</source>
        <translation>Le %1 a des ventes qui ne sont pas encore clôturées : clôturez d&apos;abord cette journée.</translation>
    </message>
    <message numerus="yes">
        <source>%n cheque(s) taken before %1 (%2) are not deposited yet: issue a deposit slip (Caisse › Bordereau de remise de chèques).</source>
        <translation>
            <numerusform>%n chèque encaissé avant le %1 (%2) n&apos;est pas encore remis en banque : établissez un bordereau (Caisse › Bordereau de remise de chèques).</numerusform>
            <numerusform>%n chèques encaissés avant le %1 (%2) ne sont pas encore remis en banque : établissez un bordereau (Caisse › Bordereau de remise de chèques).</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuing a cheque deposit slip</source>
        <translation>L&apos;établissement d&apos;un bordereau de remise de chèques</translation>
    </message>
    <message>
        <source>Payment %1 is not a cheque waiting to be deposited (already on a slip, or not a cheque).</source>
        <translation>Le paiement %1 n&apos;est pas un chèque en attente de remise (déjà sur un bordereau, ou pas un chèque).</translation>
    </message>
    <message>
        <source>There is no cheque to deposit: every cheque taken is already on a slip.</source>
        <translation>Il n&apos;y a aucun chèque à remettre : tous les chèques encaissés sont déjà sur un bordereau.</translation>
    </message>
    <message>
        <source>There is no deposit slip number %1.</source>
        <translation>Il n&apos;existe pas de bordereau n° %1.</translation>
    </message>
    <message>
        <source>Give the period as two days, the first before the last (YYYY-MM-DD).</source>
        <translation>Donnez la période par deux dates, la première avant la dernière (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Amount (EUR)</source>
        <translation>Montant (EUR)</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>Encaissements</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Cheques</source>
        <translation>Chèques</translation>
    </message>
    <message>
        <source>Bank cards</source>
        <translation>Cartes bancaires</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Net sales by activity</source>
        <translation>Ventes nettes par activité</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <source>Cheque deposit</source>
        <translation>Remise de chèques</translation>
    </message>
    <message>
        <source>Daily closure</source>
        <translation>Clôture journalière</translation>
    </message>
    <message>
        <source>Today is closed (Z report %1): nothing more can be sold, paid or credited today at this counter. Continue tomorrow.</source>
        <translation>La journée est clôturée (ticket Z %1) : plus rien ne peut être vendu, encaissé ni annulé par avoir aujourd&apos;hui à ce guichet. Reprenez demain.</translation>
    </message>
    <message>
        <source>Bank cards at the counter</source>
        <translation>Cartes bancaires au guichet</translation>
    </message>
    <message>
        <source>Paid online (families&apos; portal)</source>
        <translation>Paiements en ligne (portail des familles)</translation>
    </message>
</context>
<context>
    <name>CommuneSettings</name>
    <message>
        <source>Required: the commune&apos;s name, e.g. Saint-Omer.</source>
        <translation>Obligatoire : le nom de la commune, par ex. Saint-Omer.</translation>
    </message>
    <message>
        <source>Required: the name printed on documents, e.g. Ville de Saint-Omer.</source>
        <translation>Obligatoire : le nom imprimé sur les documents, par ex. Ville de Saint-Omer.</translation>
    </message>
    <message>
        <source>A SIRET has 14 digits and a check digit; this one is not valid. Copy it from an official document, or leave it empty.</source>
        <translation>Un SIRET compte 14 chiffres dont une clé de contrôle ; celui-ci n&apos;est pas valide. Recopiez-le depuis un document officiel, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Required: the address printed on documents.</source>
        <translation>Obligatoire : l&apos;adresse imprimée sur les documents.</translation>
    </message>
    <message>
        <source>Required: cheques are made out to the régie by this name.</source>
        <translation>Obligatoire : les chèques sont libellés à l&apos;ordre de la régie sous ce nom.</translation>
    </message>
    <message>
        <source>Give a number of days between 0 and 120.</source>
        <translation>Indiquez un nombre de jours entre 0 et 120.</translation>
    </message>
    <message>
        <source>Changing the commune&apos;s settings</source>
        <translation>Modifier les réglages de la commune</translation>
    </message>
    <message>
        <source>Give the régie&apos;s ceiling (encaisse maximale) set by its act, more than 0,00 €.</source>
        <translation>Indiquez l&apos;encaisse maximale fixée par l&apos;acte de la régie, plus de 0,00 €.</translation>
    </message>
    <message>
        <source>Give the mail server as smtp://server:587 (STARTTLS) or smtps://server:465 (TLS).</source>
        <translation>Indiquez le serveur de messagerie sous la forme smtp://serveur:587 (STARTTLS) ou smtps://serveur:465 (TLS).</translation>
    </message>
    <message>
        <source>Choose STARTTLS, TLS or none.</source>
        <translation>Choisissez STARTTLS, TLS ou aucune.</translation>
    </message>
    <message>
        <source>The sender must be an email address, e.g. affaires-scolaires@ville.fr.</source>
        <translation>L&apos;expéditeur doit être une adresse électronique, p. ex. affaires-scolaires@ville.fr.</translation>
    </message>
    <message>
        <source>The reply address must be an email address.</source>
        <translation>L&apos;adresse de réponse doit être une adresse électronique.</translation>
    </message>
    <message>
        <source>Reminders are sent 1 to 120 days after the invoice, or never (0).</source>
        <translation>Les relances partent de 1 à 120 jours après la facture, ou jamais (0).</translation>
    </message>
    <message>
        <source>Give the portal&apos;s whole address, https://… as families type it, or leave it empty.</source>
        <translation>Donnez l&apos;adresse complète du portail, https://… telle que les familles la tapent, ou laissez vide.</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>This counter has no code yet, so it cannot number documents or family files. Restart the program to set it up, or run: guichet-cli setup --counter-code CODE --counter-name NAME.</source>
        <translation>Ce guichet n&apos;a pas encore de code : il ne peut numéroter ni documents ni dossiers famille. Redémarrez le programme pour le configurer, ou lancez : guichet-cli setup --counter-code CODE --counter-name NOM.</translation>
    </message>
    <message>
        <source>The counter code has 2 to 6 capital letters or digits and starts with a letter, e.g. SO1 or ANX2; it begins every number this counter issues.</source>
        <translation>Le code du guichet compte 2 à 6 lettres majuscules ou chiffres et commence par une lettre, par ex. SO1 ou ANX2 ; il ouvre chaque numéro émis par ce guichet.</translation>
    </message>
    <message>
        <source>Give the counter a name of at most %1 characters, e.g. Annexe Nord.</source>
        <translation>Donnez au guichet un nom de %1 caractères au plus, par ex. Annexe Nord.</translation>
    </message>
    <message>
        <source>This counter has already issued numbers with the code %1: the code cannot change any more. Only the name can.</source>
        <translation>Ce guichet a déjà émis des numéros avec le code %1 : le code ne peut plus changer. Seul le nom le peut.</translation>
    </message>
</context>
<context>
    <name>CustodyService</name>
    <message>
        <source>%1 from the week of %2</source>
        <translation>%1 à partir de la semaine du %2</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 du %2 au %3</translation>
    </message>
    <message>
        <source>alternate weeks: %1</source>
        <translation>semaines alternées : %1</translation>
    </message>
    <message>
        <source>dates: %1</source>
        <translation>dates : %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>This child is in no family file. Reopen the file.</source>
        <translation>Cet enfant n&apos;est dans aucun dossier. Rouvrez le dossier.</translation>
    </message>
    <message>
        <source>Alternate weeks start on a Monday: choose the Monday of the first week.</source>
        <translation>Les semaines alternées commencent un lundi : choisissez le lundi de la première semaine.</translation>
    </message>
    <message numerus="yes">
        <source>Alternate weeks are between two households: this child is in %n family file(s). Attach the child to the other parent&apos;s file first.</source>
        <translation>
            <numerusform>Les semaines alternées se font entre deux foyers : cet enfant est dans %n dossier. Rattachez d&apos;abord l&apos;enfant au dossier de l&apos;autre parent.</numerusform>
            <numerusform>Les semaines alternées se font entre deux foyers : cet enfant est dans %n dossiers. Rattachez d&apos;abord l&apos;enfant au dossier de l&apos;autre parent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one of the child&apos;s two households for the first week.</source>
        <translation>Choisissez l&apos;un des deux foyers de l&apos;enfant pour la première semaine.</translation>
    </message>
    <message>
        <source>Give a first day and a last day, the first one before the last.</source>
        <translation>Indiquez un premier et un dernier jour, le premier avant le dernier.</translation>
    </message>
    <message>
        <source>Choose one of the child&apos;s households.</source>
        <translation>Choisissez l&apos;un des foyers de l&apos;enfant.</translation>
    </message>
    <message>
        <source>These dates overlap the stay with %1 from %2 to %3: remove that period first.</source>
        <translation>Ces dates chevauchent le séjour chez %1 du %2 au %3 : supprimez d&apos;abord cette période.</translation>
    </message>
    <message>
        <source>This period no longer exists. Reopen the file.</source>
        <translation>Cette période n&apos;existe plus. Rouvrez le dossier.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 does not exist. Check the path given with --database or in the settings.</source>
        <translation>Le fichier de base de données %1 n&apos;existe pas. Vérifiez le chemin indiqué avec --database ou dans les paramètres.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another location for the database or ask your IT support for write access.</source>
        <translation>Le répertoire %1 ne peut pas être créé. Choisissez un autre emplacement pour la base de données ou demandez l&apos;accès en écriture à votre service informatique.</translation>
    </message>
    <message>
        <source>%1 is not a database file. Give the path of a .sqlite file.</source>
        <translation>%1 n&apos;est pas un fichier de base de données. Indiquez le chemin d&apos;un fichier .sqlite.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read (access denied). Ask your IT support to give this account access to it.</source>
        <translation>Le fichier de base de données %1 ne peut pas être lu (accès refusé). Demandez à votre service informatique de donner à ce compte l&apos;accès à ce fichier.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only: the counter needs to write to it and to its folder. Ask your IT support to give this account write access; the file was not changed.</source>
        <translation>Le fichier de base de données %1 est en lecture seule : le guichet doit pouvoir écrire dans ce fichier et dans son répertoire. Demandez à votre service informatique de donner à ce compte l&apos;accès en écriture ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another Guichet window (process %2 on %3). Use that window, or close it and try again.</source>
        <translation>La base de données %1 est déjà ouverte dans une autre fenêtre de Guichet (processus %2 sur %3). Utilisez cette fenêtre, ou fermez-la et réessayez.</translation>
    </message>
    <message>
        <source>The lock file next to the database %1 cannot be created. Check that the folder is writable.</source>
        <translation>Le fichier de verrouillage situé à côté de la base de données %1 ne peut pas être créé. Vérifiez que le répertoire est accessible en écriture.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened (%2). Check the file and its folder.</source>
        <translation>La base de données %1 ne peut pas être ouverte (%2). Vérifiez le fichier et son répertoire.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Guichet Périscolaire (schema %2; this version knows schema %3). Install the latest version of the program; the database was not changed.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Guichet Périscolaire (schéma %2 ; cette version connaît le schéma %3). Installez la dernière version du programme ; la base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The database %1 cannot be prepared for writing (journal). Check that the file and its folder are writable.</source>
        <translation>La base de données %1 ne peut pas être préparée pour l&apos;écriture (journal). Vérifiez que le fichier et son répertoire sont accessibles en écriture.</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Stop entering data on this computer and ask your IT support to restore the latest backup.</source>
        <translation>La base de données %1 est endommagée. Cessez toute saisie sur cet ordinateur et demandez à votre service informatique de restaurer la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program (a backup, a copy, or a counter application on another computer). Wait until it has finished and try again; the file was not changed.</source>
        <translation>La base de données %1 est utilisée par un autre programme (une sauvegarde, une copie, ou l&apos;application d&apos;un guichet sur un autre ordinateur). Attendez qu&apos;il ait terminé et réessayez ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The file %1 is not a Guichet Périscolaire database. Check the path given with --database or in the settings; the file was not changed.</source>
        <translation>Le fichier %1 n&apos;est pas une base de données Guichet Périscolaire. Vérifiez le chemin indiqué avec --database ou dans les réglages ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Stop entering data on this computer and ask your IT support to restore the latest backup; the file was not changed.</source>
        <translation>La base de données %1 est endommagée. Cessez toute saisie sur cet ordinateur et demandez à votre service informatique de restaurer la dernière sauvegarde ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The database %1 is in use by a guichet-cli command (process %2 on %3), a verification for instance. Wait until it has finished and try again.</source>
        <translation>La base de données %1 est utilisée par une commande guichet-cli (processus %2 sur %3), une vérification par exemple. Attendez qu&apos;elle se termine et réessayez.</translation>
    </message>
    <message>
        <source>The database %1 has an older schema (%2; this version knows schema %3) and a read command does not upgrade it. Open it once in the counter application, which upgrades it, then try again; the file was not changed.</source>
        <translation>La base de données %1 a un schéma plus ancien (%2 ; cette version connaît le schéma %3) et une commande de lecture ne la met pas à jour. Ouvrez-la une fois dans l&apos;application du guichet, qui la met à jour, puis réessayez ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The database was opened for reading only (a read command): nothing was saved.</source>
        <translation>La base de données a été ouverte en lecture seule (commande de lecture) : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened. Check the file and its folder, then try again; the file was not changed. If it happens again, send the program&apos;s log to your IT support.</source>
        <translation>La base de données %1 n&apos;a pas pu être ouverte. Vérifiez le fichier et son dossier, puis réessayez ; le fichier n&apos;a pas été modifié. Si cela se reproduit, envoyez le journal du programme à votre support informatique.</translation>
    </message>
    <message>
        <source>The database %1 is being opened by another program, or one was stopped while opening it (its lock file is then removed within seconds). Try again in a moment.</source>
        <translation>La base de données %1 est en cours d&apos;ouverture par un autre programme, ou l&apos;un d&apos;eux a été arrêté pendant qu&apos;il l&apos;ouvrait (son fichier de verrou est alors retiré en quelques secondes). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>An action of the batch failed: nothing of the batch was saved.</source>
        <translation>Une action du lot a échoué : rien de ce lot n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>No activity is set up: the demo cannot sell tickets.</source>
        <translation>Aucune activité n&apos;est configurée : la démonstration ne peut pas vendre de tickets.</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>cash</source>
        <translation>espèces</translation>
    </message>
    <message>
        <source>cheque no. %1</source>
        <translation>chèque n° %1</translation>
    </message>
    <message>
        <source>bank card</source>
        <translation>carte bancaire</translation>
    </message>
    <message>
        <source>online card payment</source>
        <translation>carte bancaire en ligne</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Credit notes issued against this invoice</source>
        <translation>Avoirs émis sur cette facture</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>DUPLICATE</source>
        <translation>DUPLICATA</translation>
    </message>
    <message>
        <source>This credit note is not in this database. Search for it again from the family file.</source>
        <translation>Cet avoir ne figure pas dans cette base de données. Recherchez-le à nouveau depuis le dossier famille.</translation>
    </message>
    <message>
        <source>Tel. %1</source>
        <translation>Tél. %1</translation>
    </message>
    <message>
        <source>INVOICE</source>
        <translation>FACTURE</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N° %1</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Année scolaire</translation>
    </message>
    <message>
        <source>Family file no.</source>
        <translation>N° de dossier famille</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Invoiced to</source>
        <translation>Facturé à</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <source>Total after credit notes</source>
        <translation>Total après avoirs</translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation>Déjà réglé</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>Trop-perçu</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <source>Paid on %1 by %2.</source>
        <translation>Acquittée le %1 par %2.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <source>CREDIT NOTE</source>
        <translation>AVOIR</translation>
    </message>
    <message>
        <source>Invoice corrected</source>
        <translation>Facture rectifiée</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Émis au nom de</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Total credited</source>
        <translation>Total de l&apos;avoir</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Avoir %1</translation>
    </message>
    <message>
        <source>RECEIPT</source>
        <translation>REÇU</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>N° de facture</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Invoice total</source>
        <translation>Total de la facture</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>Ref. %1</source>
        <translation>Réf. %1</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>Somme remise</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Monnaie rendue</translation>
    </message>
    <message>
        <source>Remaining due</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>Invoice paid in full.</source>
        <translation>Facture entièrement acquittée.</translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation>Agent : %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Reçu %1</translation>
    </message>
    <message>
        <source>Unknown kind of document.</source>
        <translation>Type de document inconnu.</translation>
    </message>
    <message>
        <source>VAT not applicable – article 256 B of the CGI.</source>
        <translation>TVA non applicable – article 256 B du CGI.</translation>
    </message>
    <message>
        <source>SIRET %1</source>
        <translation>SIRET %1</translation>
    </message>
    <message>
        <source>%1, created by %2</source>
        <translation>%1, instituée par %2</translation>
    </message>
    <message>
        <source>Régisseur: %1</source>
        <translation>Régisseur : %1</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>To pay by %1 at the counter: cash, bank card, or cheque made out to &quot;%2&quot;.</source>
        <translation>À régler avant le %1 au guichet : espèces, carte bancaire, ou chèque à l&apos;ordre de « %2 ».</translation>
    </message>
    <message>
        <source>Already paid before</source>
        <translation>Déjà réglé auparavant</translation>
    </message>
    <message>
        <source>Paid now</source>
        <translation>Réglé ce jour</translation>
    </message>
    <message>
        <source>Only invoices, receipts and credit notes are kept as issued.</source>
        <translation>Seuls les factures, reçus et avoirs sont conservés tels qu&apos;émis.</translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation>Ticket Z %1</translation>
    </message>
    <message>
        <source>Deposit slip %1</source>
        <translation>Bordereau %1</translation>
    </message>
    <message>
        <source>Statement %1 to %2</source>
        <translation>Relevé du %1 au %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>DAILY CLOSURE (Z)</source>
        <translation>CLÔTURE JOURNALIÈRE (Z)</translation>
    </message>
    <message>
        <source>MONTHLY CLOSURE</source>
        <translation>CLÔTURE MENSUELLE</translation>
    </message>
    <message>
        <source>ANNUAL CLOSURE</source>
        <translation>CLÔTURE ANNUELLE</translation>
    </message>
    <message>
        <source>(preview)</source>
        <translation>(aperçu)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clôturé le</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Clôturé par</translation>
    </message>
    <message>
        <source>Takings by means of payment</source>
        <translation>Encaissements par moyen de paiement</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Cheques</source>
        <translation>Chèques</translation>
    </message>
    <message>
        <source>Bank cards</source>
        <translation>Cartes bancaires</translation>
    </message>
    <message numerus="yes">
        <source>Total takings (%n receipt(s))</source>
        <translation>
            <numerusform>Total des encaissements (%n reçu)</numerusform>
            <numerusform>Total des encaissements (%n reçus)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales by activity (invoiced less credit notes)</source>
        <translation>Ventes par activité (facturé moins avoirs)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Ventes nettes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Régisseur</source>
        <translation>Régisseur</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Fonds de caisse</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Days closed: %1.</source>
        <translation>Journées clôturées : %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <source>Cash differences</source>
        <translation>Écarts de caisse</translation>
    </message>
    <message>
        <source>Perpetual grand totals (never reset)</source>
        <translation>Grands totaux perpétuels (jamais remis à zéro)</translation>
    </message>
    <message>
        <source>Net sales since the first closure</source>
        <translation>Ventes nettes depuis la première clôture</translation>
    </message>
    <message>
        <source>Takings since the first closure</source>
        <translation>Encaissements depuis la première clôture</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Chain head at the closure (check it with guichet-cli verify --anchor):</source>
        <translation>Tête de chaîne du journal à la clôture (à contrôler avec guichet-cli verify --anchor) :</translation>
    </message>
    <message>
        <source>Signature of the régisseur:</source>
        <translation>Signature du régisseur :</translation>
    </message>
    <message>
        <source>CHEQUE DEPOSIT SLIP</source>
        <translation>BORDEREAU DE REMISE DE CHÈQUES</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Établi par</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Cheque no.</source>
        <translation>N° de chèque</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>Drawer</source>
        <translation>Tireur</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message numerus="yes">
        <source>%n cheque(s)</source>
        <translation>
            <numerusform>%n chèque</numerusform>
            <numerusform>%n chèques</numerusform>
        </translation>
    </message>
    <message>
        <source>STATEMENT FOR THE PUBLIC ACCOUNTANT</source>
        <translation>RELEVÉ POUR LE COMPTABLE PUBLIC</translation>
    </message>
    <message>
        <source>Total takings</source>
        <translation>Total des encaissements</translation>
    </message>
    <message>
        <source>Cheque deposits</source>
        <translation>Remises de chèques</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Bordereau</translation>
    </message>
    <message>
        <source>Daily closures</source>
        <translation>Clôtures journalières</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Ticket Z</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Journée</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>Encaissements</translation>
    </message>
    <message>
        <source>Cash difference</source>
        <translation>Écart de caisse</translation>
    </message>
    <message>
        <source>Till sessions: takings</source>
        <translation>Sessions de caisse : encaissements</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Till sessions: cash count</source>
        <translation>Sessions de caisse : comptage</translation>
    </message>
    <message>
        <source>CASH STATUS (X), NOT A CLOSURE</source>
        <translation>ÉTAT DE CAISSE (X), SANS CLÔTURE</translation>
    </message>
    <message>
        <source>Cash status %1</source>
        <translation>État de caisse %1</translation>
    </message>
    <message>
        <source>Refunds %1 to %2</source>
        <translation>Remboursements du %1 au %2</translation>
    </message>
    <message>
        <source>REFUNDS OF SURPLUS TICKETS — ACCOUNTANT&apos;S COPY</source>
        <translation>REMBOURSEMENTS DE TICKETS — EXEMPLAIRE DU COMPTABLE</translation>
    </message>
    <message>
        <source>REFUNDS OF SURPLUS TICKETS</source>
        <translation>REMBOURSEMENTS DE TICKETS</translation>
    </message>
    <message>
        <source>Refund order</source>
        <translation>Ordre de remboursement</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Régie</source>
        <translation>Régie</translation>
    </message>
    <message>
        <source>Cash (till)</source>
        <translation>Espèces (caisse)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Household — payer</source>
        <translation>Foyer — payeur</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Tickets and unit values</source>
        <translation>Tickets et valeurs unitaires</translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n remboursement</numerusform>
            <numerusform>%n remboursements</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>By transfer (public accountant)</source>
        <translation>Par virement (comptable public)</translation>
    </message>
    <message>
        <source>In cash from the till</source>
        <translation>En espèces, par la caisse</translation>
    </message>
    <message>
        <source>The IBANs are masked on this copy; the accountant&apos;s copy gives them in full.</source>
        <translation>Les IBAN sont masqués sur cet exemplaire ; l&apos;exemplaire du comptable les donne en entier.</translation>
    </message>
    <message numerus="yes">
        <source>Tickets refunded (%n refund(s))</source>
        <translation>
            <numerusform>Tickets remboursés (%n remboursement)</numerusform>
            <numerusform>Tickets remboursés (%n remboursements)</numerusform>
        </translation>
    </message>
    <message>
        <source>of which paid in cash from the till</source>
        <translation>dont payés en espèces par la caisse</translation>
    </message>
    <message>
        <source>Bank cards at the counter</source>
        <translation>Cartes bancaires au guichet</translation>
    </message>
    <message>
        <source>Paid online (families&apos; portal)</source>
        <translation>Paiements en ligne (portail des familles)</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>One field needs correcting; nothing was saved.</source>
        <translation>Un champ est à corriger ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1 fields need correcting; nothing was saved.</source>
        <translation>%1 champs sont à corriger ; rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>FamilyService</name>
    <message>
        <source>This family file does not exist (any more). Search for the family again.</source>
        <translation>Ce dossier famille n&apos;existe pas (ou plus). Recherchez à nouveau la famille.</translation>
    </message>
    <message>
        <source>This file was changed meanwhile (on another counter or window). Reopen it and make your change again.</source>
        <translation>Ce dossier a été modifié entre-temps (sur un autre guichet ou dans une autre fenêtre). Rouvrez-le et refaites votre modification.</translation>
    </message>
    <message>
        <source>This guardian is not in this family file any more. Reopen the file.</source>
        <translation>Ce responsable légal ne fait plus partie de ce dossier famille. Rouvrez le dossier.</translation>
    </message>
    <message>
        <source>A household always has one payer: to change it, make another guardian the payer.</source>
        <translation>Un foyer a toujours un payeur : pour le changer, désignez un autre responsable légal comme payeur.</translation>
    </message>
    <message>
        <source>This guardian was changed meanwhile (on another counter or window). Reopen the file and make your change again.</source>
        <translation>Ce responsable légal a été modifié entre-temps (sur un autre guichet ou dans une autre fenêtre). Rouvrez le dossier et refaites votre modification.</translation>
    </message>
    <message>
        <source>%1 is the payer: make another guardian the payer before removing them.</source>
        <translation>%1 est le payeur : désignez un autre responsable légal comme payeur avant de procéder au retrait.</translation>
    </message>
    <message>
        <source>%1 is an emergency contact of %2: choose another contact for the child first.</source>
        <translation>%1 est contact d&apos;urgence de %2 : choisissez d&apos;abord un autre contact pour l&apos;enfant.</translation>
    </message>
    <message>
        <source>This INE already belongs to %1 (file no. %2). For shared custody, attach that child to this household instead.</source>
        <translation>Cet INE appartient déjà à %1 (dossier n° %2). En cas de garde alternée, rattachez plutôt cet enfant à ce foyer.</translation>
    </message>
    <message>
        <source>Choose a school from the list.</source>
        <translation>Choisissez une école dans la liste.</translation>
    </message>
    <message>
        <source>This child is not in this family file any more. Reopen the file.</source>
        <translation>Cet enfant ne fait plus partie de ce dossier famille. Rouvrez le dossier.</translation>
    </message>
    <message>
        <source>An emergency contact chosen among the guardians is not a guardian of this child.</source>
        <translation>Un contact d&apos;urgence choisi parmi les responsables légaux n&apos;est pas responsable légal de cet enfant.</translation>
    </message>
    <message>
        <source>This child&apos;s record was changed meanwhile (on another counter or window). Reopen the file and make your change again.</source>
        <translation>La fiche de cet enfant a été modifiée entre-temps (sur un autre guichet ou dans une autre fenêtre). Rouvrez le dossier et refaites votre modification.</translation>
    </message>
    <message>
        <source>Choose the diet from the list offered by the town hall.</source>
        <translation>Choisissez le régime alimentaire dans la liste proposée par la mairie.</translation>
    </message>
    <message>
        <source>This child does not exist (any more). Search again.</source>
        <translation>Cet enfant n&apos;existe pas (ou plus). Relancez la recherche.</translation>
    </message>
    <message>
        <source>%1 is already in this household.</source>
        <translation>%1 fait déjà partie de ce foyer.</translation>
    </message>
    <message>
        <source>%1 already belongs to two households (shared custody); detach one first.</source>
        <translation>%1 est déjà rattaché(e) à deux foyers (garde alternée) : détachez d&apos;abord l&apos;un des deux.</translation>
    </message>
    <message>
        <source>An INE has 11 characters: 10 digits or letters then a letter (for example 1234567890A).</source>
        <translation>Un INE comporte 11 caractères : 10 chiffres ou lettres suivis d&apos;une lettre (par exemple 1234567890A).</translation>
    </message>
    <message>
        <source>No child has the INE %1. Check it on the school certificate, or add the child.</source>
        <translation>Aucun enfant n&apos;a l&apos;INE %1. Vérifiez-le sur le certificat de scolarité ou ajoutez l&apos;enfant.</translation>
    </message>
    <message>
        <source>This child is not in this household.</source>
        <translation>Cet enfant ne fait pas partie de ce foyer.</translation>
    </message>
    <message>
        <source>%1 belongs only to this household and cannot be detached from it.</source>
        <translation>%1 n&apos;est rattaché(e) qu&apos;à ce foyer et ne peut pas en être détaché(e).</translation>
    </message>
    <message>
        <source>Say what the family must correct: the reason is shown to them.</source>
        <translation>Indiquez ce que la famille doit corriger : le motif lui est communiqué.</translation>
    </message>
    <message>
        <source>Required: the family reads this reason.</source>
        <translation>Obligatoire : la famille lira ce motif.</translation>
    </message>
    <message>
        <source>A file that is &quot;%1&quot; cannot be submitted.</source>
        <translation>Un dossier au statut « %1 » ne peut pas être soumis.</translation>
    </message>
    <message>
        <source>This file is already validated.</source>
        <translation>Ce dossier est déjà validé.</translation>
    </message>
    <message>
        <source>The file cannot be validated yet:</source>
        <translation>Le dossier ne peut pas encore être validé :</translation>
    </message>
    <message>
        <source>A file that is &quot;%1&quot; cannot be returned to the family.</source>
        <translation>Un dossier au statut « %1 » ne peut pas être renvoyé à la famille.</translation>
    </message>
    <message>
        <source>A file cannot go back to draft.</source>
        <translation>Un dossier ne peut pas repasser en brouillon.</translation>
    </message>
    <message>
        <source>%1 %2 has no phone number: add one to the guardian&apos;s details, or choose another emergency contact.</source>
        <translation>%1 %2 n&apos;a pas de numéro de téléphone : ajoutez-en un dans la fiche du responsable, ou choisissez un autre contact d&apos;urgence.</translation>
    </message>
    <message>
        <source>%1 does not teach %2: choose one of %3, or another school.</source>
        <translation>%1 n&apos;accueille pas de %2 : choisissez parmi %3, ou une autre école.</translation>
    </message>
    <message>
        <source>%1 is an emergency contact of %2: keep at least one phone number.</source>
        <translation>%1 est contact d&apos;urgence de %2 : gardez au moins un numéro de téléphone.</translation>
    </message>
    <message>
        <source>There is no family file %1. Check the number on the family&apos;s documents, or search the family by name.</source>
        <translation>Il n&apos;y a pas de dossier %1. Vérifiez le numéro sur les documents de la famille, ou cherchez la famille par son nom.</translation>
    </message>
    <message>
        <source>This family file does not exist: search the family again.</source>
        <translation>Ce dossier n&apos;existe pas : recherchez à nouveau la famille.</translation>
    </message>
</context>
<context>
    <name>FamilyValidator</name>
    <message>
        <source>Too long: %1 characters at most (%2 typed).</source>
        <translation>Trop long : %1 caractères au maximum (%2 saisis).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address: it should look like name@example.fr.</source>
        <translation>« %1 » n&apos;est pas une adresse électronique : elle doit être de la forme nom@exemple.fr.</translation>
    </message>
    <message>
        <source>A French postal code has 5 digits, for example 62500.</source>
        <translation>Un code postal français comporte 5 chiffres, par exemple 62500.</translation>
    </message>
    <message>
        <source>The family must accept the terms of use to open an account.</source>
        <translation>La famille doit accepter les conditions générales d&apos;utilisation pour ouvrir un compte.</translation>
    </message>
    <message>
        <source>The family must accept the règlement intérieur to open an account.</source>
        <translation>La famille doit accepter le règlement intérieur pour ouvrir un compte.</translation>
    </message>
    <message>
        <source>Choose Mme, M. or nothing.</source>
        <translation>Choisissez Mme, M. ou aucune civilité.</translation>
    </message>
    <message>
        <source>Not a phone number: type 10 digits (06 12 34 56 78) or an international number (+32 …).</source>
        <translation>Numéro de téléphone non valide : saisissez 10 chiffres (06 12 34 56 78) ou un numéro international (+32 …).</translation>
    </message>
    <message>
        <source>The family quotient is a whole number between 0 and 100000.</source>
        <translation>Le quotient familial est un nombre entier compris entre 0 et 100&#xa0;000.</translation>
    </message>
    <message>
        <source>Give the date of the CAF certificate proving the quotient.</source>
        <translation>Indiquez la date de l&apos;attestation CAF justifiant le quotient familial.</translation>
    </message>
    <message>
        <source>The date of the proof cannot be in the future.</source>
        <translation>La date de l&apos;attestation ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Type the birth date as DD/MM/YYYY.</source>
        <translation>Saisissez la date de naissance au format JJ/MM/AAAA.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>La date de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>A pupil of a nursery or primary school is between 1 and 16 years old: check the year.</source>
        <translation>Un élève de maternelle ou d&apos;élémentaire a entre 1 et 16 ans : vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>Choose girl or boy.</source>
        <translation>Choisissez fille ou garçon.</translation>
    </message>
    <message>
        <source>An INE has 11 characters: 10 digits or letters then a letter (for example 1234567890A).</source>
        <translation>Un INE comporte 11 caractères : 10 chiffres ou lettres suivis d&apos;une lettre (par exemple 1234567890A).</translation>
    </message>
    <message>
        <source>Describe what the PAI requires from the staff (e.g. emergency kit in the office).</source>
        <translation>Décrivez ce que le PAI demande au personnel (par exemple : trousse d&apos;urgence au bureau).</translation>
    </message>
    <message>
        <source>Each trusted person needs a last and first name.</source>
        <translation>Chaque tiers de confiance doit avoir un nom et un prénom.</translation>
    </message>
    <message>
        <source>The phone number of %1 %2 is not valid.</source>
        <translation>Le numéro de téléphone de %1 %2 n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Each emergency contact who is not a guardian needs a name and a valid phone number.</source>
        <translation>Chaque contact d&apos;urgence qui n&apos;est pas responsable légal doit avoir un nom et un numéro de téléphone valide.</translation>
    </message>
    <message>
        <source>Choose a class level from TPS to CM2.</source>
        <translation>Choisissez un niveau de la TPS au CM2.</translation>
    </message>
    <message>
        <source>Required: type the first name as written on the identity papers.</source>
        <translation>Obligatoire : saisissez le prénom tel qu&apos;il figure sur les papiers d&apos;identité.</translation>
    </message>
    <message>
        <source>Required: type the last name as written on the identity papers.</source>
        <translation>Obligatoire : saisissez le nom tel qu&apos;il figure sur les papiers d&apos;identité.</translation>
    </message>
    <message>
        <source>Say whether the child attends the commune&apos;s schools, leaves them at the end of the year, or has left them.</source>
        <translation>Indiquez si l&apos;enfant fréquente les écoles de la commune, les quitte à la fin de l&apos;année ou les a quittées.</translation>
    </message>
</context>
<context>
    <name>FileStatus</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Returned to the family</source>
        <translation>Renvoyé à la famille</translation>
    </message>
    <message>
        <source>Leaves the commune&apos;s schools at the end of the school year</source>
        <translation>Quitte les écoles de la commune à la fin de l&apos;année scolaire</translation>
    </message>
    <message>
        <source>Has left the commune&apos;s schools</source>
        <translation>A quitté les écoles de la commune</translation>
    </message>
    <message>
        <source>Attends the commune&apos;s schools</source>
        <translation>Fréquente les écoles de la commune</translation>
    </message>
</context>
<context>
    <name>FileWorkflow</name>
    <message>
        <source>Add at least one child attending a public school of the town.</source>
        <translation>Ajoutez au moins un enfant scolarisé dans une école publique de la commune.</translation>
    </message>
    <message>
        <source>Designate one guardian as the payer.</source>
        <translation>Désignez un responsable légal comme payeur.</translation>
    </message>
    <message>
        <source>Add an emergency contact for %1.</source>
        <translation>Ajoutez un contact d&apos;urgence pour %1.</translation>
    </message>
    <message>
        <source>The family must accept the règlement intérieur (version %1).</source>
        <translation>La famille doit accepter le règlement intérieur (version %1).</translation>
    </message>
    <message>
        <source>The family accepted version %1 of the règlement intérieur; it must accept the current version %2.</source>
        <translation>La famille a accepté la version %1 du règlement intérieur ; elle doit accepter la version en vigueur, %2.</translation>
    </message>
    <message>
        <source>No emergency contact of %1 has a phone number: add one.</source>
        <translation>Aucun contact d&apos;urgence de %1 n&apos;a de numéro de téléphone : ajoutez-en un.</translation>
    </message>
</context>
<context>
    <name>Iban</name>
    <message>
        <source>No IBAN was entered. Type the IBAN shown on the bank details (RIB).</source>
        <translation>Aucun IBAN n&apos;a été saisi. Tapez l&apos;IBAN indiqué sur le RIB.</translation>
    </message>
    <message>
        <source>The IBAN contains &quot;%1&quot;, which is not a letter or a digit. Type only the letters and digits shown on the bank details (RIB).</source>
        <translation>L&apos;IBAN contient « %1 », qui n&apos;est ni une lettre ni un chiffre. Tapez seulement les lettres et les chiffres du RIB.</translation>
    </message>
    <message>
        <source>An IBAN starts with two letters (the country) and two digits (the check digits), such as FR76. Read it again from the bank details (RIB).</source>
        <translation>Un IBAN commence par deux lettres (le pays) et deux chiffres (la clé), comme FR76. Relisez-le sur le RIB.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the country code of an IBAN. Check the first two letters against the bank details (RIB).</source>
        <translation>« %1 » n&apos;est pas le code pays d&apos;un IBAN. Vérifiez les deux premières lettres sur le RIB.</translation>
    </message>
    <message>
        <source>IBANs starting with %1 have %2 characters; the one typed has %3. Look for a missing or extra character on the bank details (RIB).</source>
        <translation>Les IBAN commençant par %1 ont %2 caractères ; celui saisi en a %3. Cherchez un caractère manquant ou en trop en le comparant au RIB.</translation>
    </message>
    <message>
        <source>The IBAN&apos;s check digits do not match: a character was mistyped. Read it again from the bank details (RIB).</source>
        <translation>La clé de l&apos;IBAN ne correspond pas : un caractère a été mal saisi. Relisez-le sur le RIB.</translation>
    </message>
    <message>
        <source>No BIC was entered. Type the BIC (or SWIFT code) shown on the bank details (RIB).</source>
        <translation>Aucun BIC n&apos;a été saisi. Tapez le BIC (ou code SWIFT) indiqué sur le RIB.</translation>
    </message>
    <message>
        <source>The BIC contains &quot;%1&quot;, which is not a letter or a digit. Type only the letters and digits shown on the bank details (RIB).</source>
        <translation>Le BIC contient « %1 », qui n&apos;est ni une lettre ni un chiffre. Tapez seulement les lettres et les chiffres du RIB.</translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 characters; the one typed has %1. Read it again from the bank details (RIB).</source>
        <translation>Un BIC a 8 ou 11 caractères ; celui saisi en a %1. Relisez-le sur le RIB.</translation>
    </message>
    <message>
        <source>A BIC starts with four letters (the bank), not &quot;%1&quot;. Read it again from the bank details (RIB).</source>
        <translation>Un BIC commence par quatre lettres (la banque), pas « %1 ». Relisez-le sur le RIB.</translation>
    </message>
    <message>
        <source>The 5th and 6th characters of a BIC are a country code, which &quot;%1&quot; is not. Read it again from the bank details (RIB).</source>
        <translation>Les 5e et 6e caractères d&apos;un BIC sont un code pays, ce que « %1 » n&apos;est pas. Relisez-le sur le RIB.</translation>
    </message>
    <message>
        <source>An account whose IBAN starts with %1 also needs the bank&apos;s BIC (or SWIFT code) for a transfer. Type the BIC shown on the bank details (RIB).</source>
        <translation>Un compte dont l&apos;IBAN commence par %1 demande aussi le BIC (ou code SWIFT) de la banque pour un virement. Tapez le BIC indiqué sur le RIB.</translation>
    </message>
</context>
<context>
    <name>InvariantChecker</name>
    <message>
        <source>Wallet of file no. %1: the %2 balance is negative (%3).</source>
        <translation>Porte-monnaie du dossier n° %1 : le solde « %2 » est négatif (%3).</translation>
    </message>
    <message>
        <source>Invoice %1, %2: credit notes take back %4 tickets of %3.</source>
        <translation>Facture %1, %2 : les avoirs reprennent %4 tickets sur %3.</translation>
    </message>
    <message>
        <source>Invoice %1: its credit notes (%3 cents) exceed its total (%2 cents).</source>
        <translation>Facture %1 : ses avoirs (%3 centimes) dépassent son total (%2 centimes).</translation>
    </message>
    <message>
        <source>Series %1: number %2 is used twice.</source>
        <translation>Série %1 : le numéro %2 est utilisé deux fois.</translation>
    </message>
    <message>
        <source>Series %1: number %2 is missing.</source>
        <translation>Série %1 : le numéro %2 manque.</translation>
    </message>
    <message>
        <source>Series %1: %2 documents but the counter says %3.</source>
        <translation>Série %1 : %2 documents, mais le compteur indique %3.</translation>
    </message>
    <message>
        <source>The database&apos;s protections are in place: append-only tables and the rules of the ticket ledger.</source>
        <translation>Les protections de la base sont en place : tables en ajout seul et règles du registre des tickets.</translation>
    </message>
    <message>
        <source>Every row refers to rows that exist.</source>
        <translation>Chaque ligne renvoie à des lignes qui existent.</translation>
    </message>
    <message>
        <source>No wallet has a negative balance.</source>
        <translation>Aucun porte-monnaie n&apos;a de solde négatif.</translation>
    </message>
    <message>
        <source>Every movement out of a lot takes from a lot of the same household, activity and price, and no lot is overdrawn.</source>
        <translation>Chaque mouvement sortant puise dans un lot du même foyer, de la même activité et au même prix, et aucun lot n&apos;est à découvert.</translation>
    </message>
    <message>
        <source>The tickets of each invoice line are in the wallet exactly when the invoice is fully paid, less what credit notes took back.</source>
        <translation>Les tickets de chaque ligne de facture sont au porte-monnaie exactement lorsque la facture est entièrement réglée, moins ce que les avoirs ont repris.</translation>
    </message>
    <message>
        <source>Each invoice&apos;s total is the sum of its lines; each line is quantity × unit price.</source>
        <translation>Le total de chaque facture est la somme de ses lignes ; chaque ligne vaut quantité × prix unitaire.</translation>
    </message>
    <message>
        <source>Each credit note&apos;s total is the sum of its lines, at the prices of the invoice it corrects, within what the invoice holds.</source>
        <translation>Le total de chaque avoir est la somme de ses lignes, aux prix de la facture qu&apos;il rectifie, dans la limite de ce que contient la facture.</translation>
    </message>
    <message>
        <source>No invoice is overpaid; cash is handed over with at most 500,00 € of change; cheques and cards have their details and give no change.</source>
        <translation>Aucune facture n&apos;est trop payée ; les espèces sont remises avec au plus 500,00 € de monnaie rendue ; chèques et cartes ont leurs références et ne donnent pas lieu à rendu.</translation>
    </message>
    <message>
        <source>Each receipt number is one payment act (one instant, one clerk, one invoice) with at least one means of payment, made after its invoice.</source>
        <translation>Chaque numéro de reçu est un seul encaissement (un instant, un agent, une facture), avec au moins un moyen de paiement, postérieur à sa facture.</translation>
    </message>
    <message>
        <source>Every series of numbers runs from 1 without a gap or a duplicate, as far as its counter says, including series whose documents were all removed.</source>
        <translation>Chaque série de numéros va de 1 au compteur sans trou ni doublon, y compris les séries dont tous les documents ont disparu.</translation>
    </message>
    <message>
        <source>A document&apos;s number carries the year of its date in the commune, and dates never go backwards along a series.</source>
        <translation>Le numéro d&apos;un document porte l&apos;année de sa date dans la commune, et les dates ne reculent jamais au fil d&apos;une série.</translation>
    </message>
    <message>
        <source>Every document kept as issued is intact (SHA-256) and states the amount the records hold.</source>
        <translation>Chaque document conservé tel qu&apos;émis est intact (SHA-256) et porte le montant que les écritures contiennent.</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>La vérification n&apos;a pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>The protection %1 is missing from the database: rows of its table can be changed or removed without trace.</source>
        <translation>La protection %1 manque dans la base : les lignes de sa table peuvent être modifiées ou supprimées sans laisser de trace.</translation>
    </message>
    <message>
        <source>The protection %1 was altered: it no longer says what this version of the program defines.</source>
        <translation>La protection %1 a été altérée : elle ne dit plus ce que définit cette version du programme.</translation>
    </message>
    <message>
        <source>Table %1, row %2: refers to a row of %3 that does not exist.</source>
        <translation>Table %1, ligne %2 : renvoie à une ligne de %3 qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Ticket movement %1 (%2) takes from %3, which is not a lot of the same household, activity and price.</source>
        <translation>Le mouvement de tickets %1 (%2) puise dans %3, qui n&apos;est pas un lot du même foyer, de la même activité et au même prix.</translation>
    </message>
    <message>
        <source>no lot</source>
        <translation>aucun lot</translation>
    </message>
    <message>
        <source>lot %1</source>
        <translation>le lot %1</translation>
    </message>
    <message>
        <source>Ticket lot %1 holds %3 tickets of the %2 it was credited with.</source>
        <translation>Le lot de tickets %1 contient %3 tickets sur les %2 crédités.</translation>
    </message>
    <message>
        <source>Ticket movement %1 (file no. %2, %3 tickets) is of an unknown kind &quot;%4&quot;.</source>
        <translation>Le mouvement de tickets %1 (dossier n° %2, %3 tickets) est d&apos;un type inconnu « %4 ».</translation>
    </message>
    <message>
        <source>Ticket movement %1 (file no. %2): %3 tickets entered the wallet without an invoice line of this household, activity and price.</source>
        <translation>Mouvement de tickets %1 (dossier n° %2) : %3 tickets sont entrés au porte-monnaie sans ligne de facture de ce foyer, de cette activité et à ce prix.</translation>
    </message>
    <message>
        <source>Ticket movement %1 (file no. %2): %3 tickets left the wallet without the credit-note line that takes them back.</source>
        <translation>Mouvement de tickets %1 (dossier n° %2) : %3 tickets sont sortis du porte-monnaie sans la ligne d&apos;avoir qui les reprend.</translation>
    </message>
    <message>
        <source>Ticket movement %1 (file no. %2) is of kind &quot;%3&quot;, which no document of this version justifies.</source>
        <translation>Le mouvement de tickets %1 (dossier n° %2) est de type « %3 », qu&apos;aucun document de cette version ne justifie.</translation>
    </message>
    <message>
        <source>Invoice %1, %2: the wallet holds %3 of its tickets, %4 expected (only a fully paid invoice credits its tickets, less what credit notes took back).</source>
        <translation>Facture %1, %2 : le porte-monnaie contient %3 de ses tickets, %4 attendus (seule une facture entièrement réglée crédite ses tickets, moins ce que les avoirs ont repris).</translation>
    </message>
    <message>
        <source>Invoice %1: its total (%2 cents) is not the sum of its lines (%3 cents).</source>
        <translation>Facture %1 : son total (%2 centimes) n&apos;est pas la somme de ses lignes (%3 centimes).</translation>
    </message>
    <message>
        <source>Invoice %1, %2: the line&apos;s amount is not its quantity × its unit price.</source>
        <translation>Facture %1, %2 : le montant de la ligne n&apos;est pas sa quantité × son prix unitaire.</translation>
    </message>
    <message>
        <source>Credit note %1: its total (%2 cents) is not the sum of its lines (%3 cents).</source>
        <translation>Avoir %1 : son total (%2 centimes) n&apos;est pas la somme de ses lignes (%3 centimes).</translation>
    </message>
    <message>
        <source>Credit note %1, %2: the line is not at the price of the invoice line it corrects, or not on its invoice.</source>
        <translation>Avoir %1, %2 : la ligne n&apos;est pas au prix de la ligne de facture qu&apos;elle rectifie, ou n&apos;est pas sur sa facture.</translation>
    </message>
    <message>
        <source>Receipt %1 (%2): %3 cents paid, %4 handed over, %5 given back — the amounts or details of this means of payment are not possible.</source>
        <translation>Reçu %1 (%2) : %3 centimes réglés, %4 remis, %5 rendus — les montants ou références de ce moyen de paiement sont impossibles.</translation>
    </message>
    <message>
        <source>Receipt %1 records no means of payment.</source>
        <translation>Le reçu %1 n&apos;enregistre aucun moyen de paiement.</translation>
    </message>
    <message>
        <source>Receipt %1 is dated before invoice %2 existed.</source>
        <translation>Le reçu %1 est daté d&apos;avant l&apos;émission de la facture %2.</translation>
    </message>
    <message>
        <source>Document %1 is dated %2 in the commune, but its number is of the year %3.</source>
        <translation>Le document %1 est daté du %2 dans la commune, mais son numéro est de l&apos;année %3.</translation>
    </message>
    <message>
        <source>Document %1 is dated %2, before %3 which comes earlier in its series (%4).</source>
        <translation>Le document %1 est daté du %2, avant %3 qui le précède dans sa série (%4).</translation>
    </message>
    <message>
        <source>Series %1: document %2 is dated after the last number the series issued.</source>
        <translation>Série %1 : le document %2 est daté après le dernier numéro émis par la série.</translation>
    </message>
    <message>
        <source>Series %1: the counter says %2 documents were numbered, but none of them exists.</source>
        <translation>Série %1 : le compteur indique %2 documents numérotés, mais aucun n&apos;existe.</translation>
    </message>
    <message>
        <source>Document %1 does not carry its series number (%2).</source>
        <translation>Le document %1 ne porte pas son numéro de série (%2).</translation>
    </message>
    <message>
        <source>Family file number %1 is given twice.</source>
        <translation>Le numéro de dossier famille %1 est attribué deux fois.</translation>
    </message>
    <message>
        <source>Family file number %1 is missing.</source>
        <translation>Le numéro de dossier famille %1 manque.</translation>
    </message>
    <message>
        <source>Family files: %1 numbered %2-1 onwards, but the counter says %3.</source>
        <translation>Dossiers famille : %1 numérotés à partir de %2-1, mais le compteur indique %3.</translation>
    </message>
    <message>
        <source>Issued document %1: its kept content no longer matches its SHA-256.</source>
        <translation>Document émis %1 : son contenu conservé ne correspond plus à son SHA-256.</translation>
    </message>
    <message>
        <source>Issued document %1: no such document in the records.</source>
        <translation>Document émis %1 : aucun document de ce numéro dans les écritures.</translation>
    </message>
    <message>
        <source>Document %1 was issued for %2 cents, but the records now say %3 cents.</source>
        <translation>Le document %1 a été émis pour %2 centimes, mais les écritures indiquent désormais %3 centimes.</translation>
    </message>
    <message>
        <source>There is no check named &quot;%1&quot;.</source>
        <translation>Aucune vérification ne s&apos;appelle « %1 ».</translation>
    </message>
    <message>
        <source>Ticket movement %1 gives back %2 tickets for movement %3, which took %4 from its lot: more than it took, or to another lot.</source>
        <translation>Le mouvement de tickets %1 rend %2 tickets pour le mouvement %3, qui en a pris %4 à son lot : plus qu&apos;il n&apos;en a pris, ou à un autre lot.</translation>
    </message>
    <message>
        <source>Receipt %1: with it, %3 cents were paid on invoice %2, which asked at most %4 cents at that moment (its total less the credit notes issued before): the invoice is overpaid.</source>
        <translation>Reçu %1 : avec lui, %3 centimes ont été payés sur la facture %2, qui en demandait au plus %4 à ce moment (son total moins les avoirs émis avant) : la facture est payée en trop.</translation>
    </message>
    <message>
        <source>Every ticket movement is justified by its document: a purchase by its invoice line, a credit note by its credit-note line, a booking, its cancellation or excused absence by the booking.</source>
        <translation>Chaque mouvement de tickets est justifié par sa pièce : un achat par sa ligne de facture, un avoir par sa ligne d&apos;avoir, une réservation, son annulation ou une absence excusée par la réservation.</translation>
    </message>
    <message>
        <source>Every booking took one ticket from the wallet, given back only if it was cancelled before the deadline or the absence excused.</source>
        <translation>Chaque réservation a pris un ticket au porte-monnaie, rendu seulement si elle a été annulée dans les délais ou l&apos;absence excusée.</translation>
    </message>
    <message>
        <source>No child is booked twice for the same activity and day.</source>
        <translation>Aucun enfant n&apos;est réservé deux fois pour la même activité et le même jour.</translation>
    </message>
    <message>
        <source>Ticket movement %1 (file no. %2, %3 tickets, %4) does not match a booking of this household, child, activity and day.</source>
        <translation>Le mouvement de tickets %1 (dossier n° %2, %3 tickets, %4) ne correspond à aucune réservation de ce foyer, de cet enfant, de cette activité et de ce jour.</translation>
    </message>
    <message>
        <source>%2 (file no. %1) is booked %5 times for %4 on %3: once at most.</source>
        <translation>%2 (dossier n° %1) est réservé %5 fois pour %4 le %3 : une fois au plus.</translation>
    </message>
    <message>
        <source>Booking of %2 (file no. %1) for %4 on %3, &quot;%5&quot;: it costs %9 ticket(s), the wallet took %6 and gave back %7 on cancellation and %8 for an excused absence, %10 owed — taken and owed make the cost, and all is given back only when cancelled or excused, expected.</source>
        <translation>Réservation de %2 (dossier n° %1) pour %4 le %3, « %5 » : elle coûte %9 ticket(s), le porte-monnaie en a pris %6 et rendu %7 à l&apos;annulation et %8 pour une absence justifiée, %10 dû(s) — attendu : les tickets pris et dus font le coût, et tout est rendu seulement en cas d&apos;annulation ou d&apos;absence justifiée.</translation>
    </message>
    <message>
        <source>The journal&apos;s entries follow one another from the genesis entry, none missing, added or altered (and the chain head given with --anchor is among them).</source>
        <translation>Les écritures du journal se suivent depuis l&apos;écriture d&apos;origine, sans manque, ajout ni altération (et la tête de chaîne donnée avec --anchor en fait partie).</translation>
    </message>
    <message>
        <source>Every financial event is in the journal once, and its rows still say what the journal recorded.</source>
        <translation>Chaque événement financier figure une fois au journal, et ses lignes disent toujours ce que le journal a enregistré.</translation>
    </message>
    <message>
        <source>Each refund pays the sum of its lines, each line its tickets at the price they were bought at, and each line&apos;s tickets left the wallet once; only transfers are ordered, each once.</source>
        <translation>Chaque remboursement verse la somme de ses lignes, chaque ligne ses tickets au prix où ils ont été achetés, et les tickets de chaque ligne sont sortis une fois du porte-monnaie ; seuls les virements sont ordonnancés, une fois chacun.</translation>
    </message>
    <message>
        <source>Ticket movement %1 (file no. %2, %3 tickets, %4) is half of a carry-over without its other half: the tickets did not move to the next school year at the same price.</source>
        <translation>Le mouvement de tickets %1 (dossier n° %2, %3 tickets, %4) est la moitié d&apos;un report sans son autre moitié : les tickets ne sont pas passés à l&apos;année suivante au même prix.</translation>
    </message>
    <message>
        <source>Ticket movement %1 (file no. %2): %3 tickets left the wallet as a refund without the refund line that pays them.</source>
        <translation>Mouvement de tickets %1 (dossier n° %2) : %3 tickets sont sortis du porte-monnaie comme remboursement sans la ligne de remboursement qui les paie.</translation>
    </message>
    <message>
        <source>Refund %1 states %2 tickets for %3 cents, but its lines hold %4 tickets for %5 cents.</source>
        <translation>Le remboursement %1 indique %2 tickets pour %3 centimes, mais ses lignes comptent %4 tickets pour %5 centimes.</translation>
    </message>
    <message>
        <source>Refund %1, line %2: %3 tickets refunded, but %4 left the wallet for it.</source>
        <translation>Remboursement %1, ligne %2 : %3 tickets remboursés, mais %4 sont sortis du porte-monnaie pour elle.</translation>
    </message>
    <message>
        <source>Ticket movement %1 takes back a ticket given back twice, but movement %2 is not a give-back of the same kind, booking and lot for as many tickets, or was taken back more than once.</source>
        <translation>Le mouvement de tickets %1 reprend un ticket rendu deux fois, mais le mouvement %2 n&apos;est pas une restitution de la même sorte, de la même réservation et du même lot pour autant de tickets, ou il a été repris plus d&apos;une fois.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The journal cannot record row %1 of %2: it does not exist.</source>
        <translation>Le journal ne peut pas enregistrer la ligne %1 de %2 : elle n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The journal of this counter has not started: close the program and open the database again (it starts the journal), then retry.</source>
        <translation>Le journal de ce guichet n&apos;a pas démarré : fermez le programme et rouvrez la base (cela démarre le journal), puis recommencez.</translation>
    </message>
    <message>
        <source>Journal: entry %1 is missing (the chain goes from %2 to %3).</source>
        <translation>Journal : l&apos;écriture %1 manque (la chaîne passe de %2 à %3).</translation>
    </message>
    <message>
        <source>Journal: entries %1 to %2 are missing (the chain goes from %3 to %4).</source>
        <translation>Journal : les écritures %1 à %2 manquent (la chaîne passe de %3 à %4).</translation>
    </message>
    <message>
        <source>Journal: entry %1 comes twice.</source>
        <translation>Journal : l&apos;écriture %1 figure deux fois.</translation>
    </message>
    <message>
        <source>Journal: entry 0 is not the genesis entry.</source>
        <translation>Journal : l&apos;écriture 0 n&apos;est pas l&apos;écriture d&apos;origine.</translation>
    </message>
    <message>
        <source>Journal entry %1 does not follow entry %2: an entry was inserted, removed or changed there.</source>
        <translation>L&apos;écriture %1 du journal ne suit pas l&apos;écriture %2 : une écriture a été insérée, supprimée ou modifiée à cet endroit.</translation>
    </message>
    <message>
        <source>Journal entry %1 (%2 of %3) was altered: its content no longer gives its hash.</source>
        <translation>L&apos;écriture %1 du journal (%2 du %3) a été altérée : son contenu ne donne plus son empreinte.</translation>
    </message>
    <message>
        <source>The journal has no genesis entry: it was emptied, or never started.</source>
        <translation>Le journal n&apos;a pas d&apos;écriture d&apos;origine : il a été vidé, ou n&apos;a jamais démarré.</translation>
    </message>
    <message>
        <source>The chain head %1 printed on a report is not in the journal: the entries after it were cut off or replaced, or this is not the file of that report.</source>
        <translation>La tête de chaîne %1 imprimée sur un état ne figure pas au journal : les écritures qui la suivaient ont été coupées ou remplacées, ou ce n&apos;est pas la base de cet état.</translation>
    </message>
    <message>
        <source>Journal: the %1 rows the genesis entry covers (up to number %2) were changed, removed or added since it was written.</source>
        <translation>Journal : les lignes de %1 couvertes par l&apos;écriture d&apos;origine (jusqu&apos;au n° %2) ont été modifiées, supprimées ou ajoutées depuis.</translation>
    </message>
    <message>
        <source>Journal entry %1 records row %2 of %3, which no longer exists (deleted).</source>
        <translation>L&apos;écriture %1 du journal enregistre la ligne %2 de %3, qui n&apos;existe plus (supprimée).</translation>
    </message>
    <message>
        <source>Journal entry %1: %2 no longer says what was recorded (changed after the event).</source>
        <translation>Écriture %1 du journal : %2 ne dit plus ce qui a été enregistré (modifié après coup).</translation>
    </message>
    <message>
        <source>%1 has no journal entry: it was written without the program (the journal records every financial event).</source>
        <translation>%1 n&apos;a pas d&apos;écriture au journal : il a été écrit en dehors du programme (le journal enregistre chaque événement financier).</translation>
    </message>
    <message>
        <source>%1 is recorded %2 times in the journal.</source>
        <translation>%1 est enregistré %2 fois au journal.</translation>
    </message>
    <message>
        <source>The journal can only be checked on an SQLite database.</source>
        <translation>Le journal ne peut être contrôlé que sur une base SQLite.</translation>
    </message>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>Le journal n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Journal entry %1 says it records &quot;%2&quot; of &quot;%3&quot;: no such kind of event.</source>
        <translation>L&apos;écriture %1 du journal dit enregistrer « %2 » de « %3 » : ce genre d&apos;événement n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 rows of %2 say they come from the site %3, which has no journal in this file: they were written without the program.</source>
        <translation>%1 lignes de %2 disent venir du site %3, qui n&apos;a pas de journal dans cette base : elles ont été écrites en dehors du programme.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The desktop keyring did not answer within %1 seconds: unlock it (log in to the desktop session) and try again.</source>
        <translation>Le trousseau de clés du bureau n&apos;a pas répondu en %1 secondes : déverrouillez-le (ouvrez la session du bureau) et réessayez.</translation>
    </message>
    <message>
        <source>The desktop keyring could not be used (%1). The mail server&apos;s password is kept only there: open a desktop session with its keyring (GNOME Keyring or KWallet), or give the password to guichet-cli mail send on stdin.</source>
        <translation>Le trousseau de clés du bureau n&apos;a pas pu être utilisé (%1). Le mot de passe du serveur de messagerie n&apos;est gardé que là : ouvrez une session de bureau avec son trousseau (GNOME Keyring ou KWallet), ou donnez le mot de passe à guichet-cli mail send sur l&apos;entrée standard.</translation>
    </message>
</context>
<context>
    <name>MailService</name>
    <message>
        <source>This family file does not exist.</source>
        <translation>Ce dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The family refused emails: nothing is sent to it.</source>
        <translation>La famille a refusé les courriels : rien ne lui est envoyé.</translation>
    </message>
    <message>
        <source>The family has no email address: nothing is sent to it.</source>
        <translation>La famille n&apos;a pas d&apos;adresse électronique : rien ne lui est envoyé.</translation>
    </message>
    <message>
        <source>This message does not exist.</source>
        <translation>Ce message n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This message was sent: it is not sent twice.</source>
        <translation>Ce message a été envoyé : il n&apos;est pas envoyé deux fois.</translation>
    </message>
    <message>
        <source>The program stopped while this message was being sent: it may have reached the family. Resend it only if the family did not receive it.</source>
        <translation>Le programme s&apos;est arrêté pendant l&apos;envoi de ce message : il est peut-être parvenu à la famille. Renvoyez-le seulement si la famille ne l&apos;a pas reçu.</translation>
    </message>
    <message>
        <source>Announcing the plannings to the families</source>
        <translation>Annoncer l&apos;ouverture des plannings aux familles</translation>
    </message>
    <message>
        <source>The family&apos;s email address “%1” is not valid: correct it in the family file; the family&apos;s next messages go to the new address.</source>
        <translation>L&apos;adresse électronique de la famille « %1 » n&apos;est pas valide : corrigez-la dans le dossier famille ; ses prochains messages iront à la nouvelle adresse.</translation>
    </message>
</context>
<context>
    <name>MailTemplates</name>
    <message>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <source>File returned</source>
        <translation>Dossier renvoyé</translation>
    </message>
    <message>
        <source>File validated</source>
        <translation>Dossier validé</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Plannings open</source>
        <translation>Ouverture des plannings</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Few tickets left</source>
        <translation>Peu de tickets restants</translation>
    </message>
    <message>
        <source>the family&apos;s name</source>
        <translation>le nom de la famille</translation>
    </message>
    <message>
        <source>the family file&apos;s number</source>
        <translation>le numéro du dossier famille</translation>
    </message>
    <message>
        <source>the commune&apos;s legal name</source>
        <translation>le nom officiel de la commune</translation>
    </message>
    <message>
        <source>the régie&apos;s name</source>
        <translation>le nom de la régie</translation>
    </message>
    <message>
        <source>the service&apos;s phone and email</source>
        <translation>le téléphone et l&apos;adresse électronique du service</translation>
    </message>
    <message>
        <source>the families&apos; portal address</source>
        <translation>l&apos;adresse du portail des familles</translation>
    </message>
    <message>
        <source>the version of the règlement intérieur the family accepted</source>
        <translation>la version du règlement intérieur acceptée par la famille</translation>
    </message>
    <message>
        <source>why the file is returned, as the clerk wrote it</source>
        <translation>pourquoi le dossier est renvoyé, tel que l&apos;agent l&apos;a écrit</translation>
    </message>
    <message>
        <source>the invoice&apos;s number</source>
        <translation>le numéro de la facture</translation>
    </message>
    <message>
        <source>the invoice&apos;s total</source>
        <translation>le total de la facture</translation>
    </message>
    <message>
        <source>the receipt&apos;s number</source>
        <translation>le numéro du reçu</translation>
    </message>
    <message>
        <source>the amount paid</source>
        <translation>le montant payé</translation>
    </message>
    <message>
        <source>the invoice paid</source>
        <translation>la facture payée</translation>
    </message>
    <message>
        <source>whether the invoice is now paid, or what remains due</source>
        <translation>si la facture est maintenant réglée, ou ce qu&apos;il reste à payer</translation>
    </message>
    <message>
        <source>what remains to be paid</source>
        <translation>ce qu&apos;il reste à payer</translation>
    </message>
    <message>
        <source>the day the invoice was issued</source>
        <translation>la date de la facture</translation>
    </message>
    <message>
        <source>the activity</source>
        <translation>l&apos;activité</translation>
    </message>
    <message>
        <source>the tickets left in the wallet</source>
        <translation>les tickets restant dans le porte-monnaie</translation>
    </message>
    <message>
        <source>the activity&apos;s threshold</source>
        <translation>le seuil de l&apos;activité</translation>
    </message>
    <message>
        <source>the school year, 2027-2028</source>
        <translation>l&apos;année scolaire, 2027-2028</translation>
    </message>
    <message>
        <source>the day booking opens</source>
        <translation>le jour d&apos;ouverture des réservations</translation>
    </message>
    <message>
        <source>the refund&apos;s number</source>
        <translation>le numéro du remboursement</translation>
    </message>
    <message>
        <source>the amount refunded</source>
        <translation>le montant remboursé</translation>
    </message>
    <message>
        <source>how it is paid: in cash at the counter, or by transfer</source>
        <translation>comment il est versé : en espèces au guichet, ou par virement</translation>
    </message>
    <message>
        <source>Hello,

%1

Family file no. {dossier}.

Kind regards,
{regie}
{commune}
{contact}

This message was sent automatically; you may answer it to reach the school affairs service.</source>
        <translation>Bonjour,

%1

Dossier n° {dossier}.

Cordialement,
{regie}
{commune}
{contact}

Ce message a été envoyé automatiquement ; vous pouvez y répondre pour joindre le service des affaires scolaires.</translation>
    </message>
    <message>
        <source>Your periscolaire account is created</source>
        <translation>Votre compte périscolaire est créé</translation>
    </message>
    <message>
        <source>Your account for the canteen, the day care and the study was created at the town hall&apos;s counter. You accepted the règlement intérieur (version {reglement}) and the terms of use in force. Once your family file is complete and validated, you can buy tickets and book the days, at the counter or on the families&apos; portal: {portail}</source>
        <translation>Votre compte pour la cantine, la garderie et l&apos;étude a été créé au guichet de la mairie. Vous avez accepté le règlement intérieur (version {reglement}) et les conditions générales d&apos;utilisation en vigueur. Dès que votre dossier sera complet et validé, vous pourrez acheter des tickets et réserver les jours, au guichet ou sur le portail des familles : {portail}</translation>
    </message>
    <message>
        <source>Your family file needs completing</source>
        <translation>Votre dossier est à compléter</translation>
    </message>
    <message>
        <source>Your family file was returned to you, for this reason:

    {motif}

Please complete it at the counter or on the families&apos; portal; we will then process it again.</source>
        <translation>Votre dossier vous a été renvoyé, pour la raison suivante :

    {motif}

Merci de le compléter au guichet ou sur le portail des familles ; nous le traiterons alors à nouveau.</translation>
    </message>
    <message>
        <source>Your family file has been processed</source>
        <translation>Votre dossier a été traité</translation>
    </message>
    <message>
        <source>Your family file has been processed and validated: you can now buy tickets and book the days of the canteen, the day care and the study.</source>
        <translation>Votre dossier a été traité et validé : vous pouvez désormais acheter des tickets et réserver les jours de cantine, de garderie et d&apos;étude.</translation>
    </message>
    <message>
        <source>Invoice {facture}</source>
        <translation>Facture {facture}</translation>
    </message>
    <message>
        <source>Please find attached invoice {facture}, of {montant}. You can pay it at the town hall&apos;s counter (cash, cheque made out to the régie, bank card) or online; the tickets are in your wallet once it is paid.</source>
        <translation>Veuillez trouver ci-joint la facture {facture}, d&apos;un montant de {montant}. Vous pouvez la régler au guichet de la mairie (espèces, chèque à l&apos;ordre de la régie, carte bancaire) ou en ligne ; les tickets arrivent dans votre porte-monnaie une fois la facture réglée.</translation>
    </message>
    <message>
        <source>Payment received — receipt {recu}</source>
        <translation>Paiement reçu — reçu {recu}</translation>
    </message>
    <message>
        <source>We received your payment of {montant} for invoice {facture}; receipt {recu} is attached. {etat}</source>
        <translation>Nous avons bien reçu votre paiement de {montant} pour la facture {facture} ; le reçu {recu} est joint. {etat}</translation>
    </message>
    <message>
        <source>Reminder: invoice {facture} to pay</source>
        <translation>Relance : facture {facture} à régler</translation>
    </message>
    <message>
        <source>Unless we are mistaken, invoice {facture} of {date_facture} still has {reste_du} to pay (attached). You can pay it at the town hall&apos;s counter (cash, cheque made out to the régie, bank card) or online. If you have paid it meanwhile, please disregard this message.</source>
        <translation>Sauf erreur de notre part, il reste {reste_du} à régler sur la facture {facture} du {date_facture} (ci-jointe). Vous pouvez la régler au guichet de la mairie (espèces, chèque à l&apos;ordre de la régie, carte bancaire) ou en ligne. Si vous l&apos;avez réglée entre-temps, merci de ne pas tenir compte de ce message.</translation>
    </message>
    <message>
        <source>Few tickets left: {activite}</source>
        <translation>Peu de tickets restants : {activite}</translation>
    </message>
    <message>
        <source>After your latest booking, your wallet holds {solde} ticket(s) of {activite}. Remember to buy tickets at the town hall&apos;s counter or online, so that the next days can be booked.</source>
        <translation>Après votre dernière réservation, votre porte-monnaie contient {solde} ticket(s) « {activite} ». Pensez à racheter des tickets au guichet de la mairie ou en ligne, pour que les prochains jours puissent être réservés.</translation>
    </message>
    <message>
        <source>The plannings of {annee} are open</source>
        <translation>Les plannings {annee} sont ouverts</translation>
    </message>
    <message>
        <source>The plannings of the school year {annee} are open: you can book the days of the canteen, the day care and the study from {ouverture}, at the town hall&apos;s counter or on the families&apos; portal. Remember to book before each day&apos;s deadline.</source>
        <translation>Les plannings de l&apos;année scolaire {annee} sont ouverts : vous pouvez réserver les jours de cantine, de garderie et d&apos;étude à partir du {ouverture}, au guichet de la mairie ou sur le portail des familles. Pensez à réserver avant l&apos;heure limite de chaque jour.</translation>
    </message>
    <message>
        <source>Refund of your tickets ({remboursement})</source>
        <translation>Remboursement de vos tickets ({remboursement})</translation>
    </message>
    <message>
        <source>The refund of your surplus tickets, {montant} (refund {remboursement}), was recorded. {mode}</source>
        <translation>Le remboursement de vos tickets en trop, {montant} (remboursement {remboursement}), est enregistré. {mode}</translation>
    </message>
    <message>
        <source>Required: the subject families see.</source>
        <translation>Obligatoire : l&apos;objet que voient les familles.</translation>
    </message>
    <message>
        <source>The subject is one line of at most 200 characters.</source>
        <translation>L&apos;objet tient sur une ligne de 200 caractères au plus.</translation>
    </message>
    <message>
        <source>Required: the text families read.</source>
        <translation>Obligatoire : le texte que lisent les familles.</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder of this message: check its spelling. This message knows %2.</source>
        <translation>{%1} n&apos;est pas un champ de ce message : vérifiez l&apos;orthographe. Ce message connaît %2.</translation>
    </message>
    <message>
        <source>The text must say {%1} (%2): put it back in the subject or the body.</source>
        <translation>Le texte doit contenir {%1} (%2) : remettez-le dans l&apos;objet ou le texte.</translation>
    </message>
    <message>
        <source>Changing the texts of the families&apos; emails</source>
        <translation>Modifier les textes des courriels aux familles</translation>
    </message>
    <message>
        <source>This family file does not exist.</source>
        <translation>Ce dossier famille n&apos;existe pas.</translation>
    </message>
    <message>
        <source>ask the counter for its address</source>
        <translation>demandez son adresse au guichet</translation>
    </message>
    <message>
        <source>The certificate of insurance is missing.</source>
        <translation>L&apos;attestation d&apos;assurance manque.</translation>
    </message>
    <message>
        <source>The invoice is paid: its tickets are in your wallet.</source>
        <translation>La facture est réglée : ses tickets sont dans votre porte-monnaie.</translation>
    </message>
    <message>
        <source>%1 remain to be paid on this invoice.</source>
        <translation>Il reste %1 à régler sur cette facture.</translation>
    </message>
    <message>
        <source>It was paid to you in cash at the counter.</source>
        <translation>Il vous a été versé en espèces au guichet.</translation>
    </message>
    <message>
        <source>The public accountant will pay it by transfer to your bank account.</source>
        <translation>Le comptable public le versera par virement sur votre compte bancaire.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The program is incomplete (migration %1 missing). Reinstall it.</source>
        <translation>Le programme est incomplet (migration %1 manquante). Réinstallez-le.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to schema %1; it was left as it was. Send the program&apos;s log to your IT support.</source>
        <translation>La base de données n&apos;a pas pu être mise à jour vers le schéma %1 ; elle a été laissée en l&apos;état. Envoyez le journal du programme à votre service informatique.</translation>
    </message>
</context>
<context>
    <name>NumberSeries</name>
    <message>
        <source>The computer&apos;s clock says %1, but this counter already issued a number on %2: the date or time of this computer is wrong. Nothing was issued. Set the right date and time (ask your IT support), then try again.</source>
        <translation>L&apos;horloge de l&apos;ordinateur indique %1, mais ce guichet a déjà émis un numéro le %2 : la date ou l&apos;heure de cet ordinateur est fausse. Rien n&apos;a été émis. Réglez la bonne date et la bonne heure (demandez à votre service informatique), puis réessayez.</translation>
    </message>
</context>
<context>
    <name>PricingRule</name>
    <message>
        <source>Non-resident</source>
        <translation>Hors commune</translation>
    </message>
    <message>
        <source>Postal code %1 is outside the commune: non-resident price.</source>
        <translation>Le code postal %1 est hors de la commune : tarif extérieur.</translation>
    </message>
    <message>
        <source>No QF bracket is set for %1.</source>
        <translation>Aucune tranche de QF n&apos;est définie pour %1.</translation>
    </message>
    <message>
        <source>No family quotient on file: highest bracket.</source>
        <translation>Aucun quotient familial au dossier : tranche la plus haute.</translation>
    </message>
    <message>
        <source>The QF proof has no date: highest bracket.</source>
        <translation>L&apos;attestation de QF n&apos;est pas datée : tranche la plus haute.</translation>
    </message>
    <message>
        <source>The QF proof is dated %1, more than a year before the school year: highest bracket.</source>
        <translation>L&apos;attestation de QF est datée du %1, plus d&apos;un an avant l&apos;année scolaire : tranche la plus haute.</translation>
    </message>
    <message>
        <source>QF %1 (proof dated %2).</source>
        <translation>QF %1 (attestation du %2).</translation>
    </message>
</context>
<context>
    <name>PrintableDocument</name>
    <message>
        <source>The document could not be drawn: the printer or the file refused it. Check the printer (or the folder) and try again.</source>
        <translation>Le document n&apos;a pas pu être produit : l&apos;imprimante ou le fichier l&apos;a refusé. Vérifiez l&apos;imprimante (ou le répertoire) puis réessayez.</translation>
    </message>
    <message>
        <source>The document could not be made: its paper size is not supported.</source>
        <translation>Le document n&apos;a pas pu être produit : son format de papier n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>The document could not be made. Try again, and if it happens again send the program&apos;s log to your IT support.</source>
        <translation>Le document n&apos;a pas pu être produit. Réessayez et, si le problème se reproduit, envoyez le journal du programme à votre service informatique.</translation>
    </message>
    <message>
        <source>DUPLICATE</source>
        <translation>DUPLICATA</translation>
    </message>
    <message>
        <source>Receipt 80 mm</source>
        <translation>Reçu 80 mm</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Affiche l&apos;aide sur les options de la ligne de commande.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Affiche l&apos;aide, options propres à Qt comprises.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Affiche la version.</translation>
    </message>
</context>
<context>
    <name>RefundReportDialog</name>
    <message>
        <source>The file %1 could not be written: %2. Choose another folder.</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit : %2. Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>RefundService</name>
    <message>
        <source>This family file or this activity does not exist: search the family again.</source>
        <translation>Ce dossier ou cette activité n&apos;existe pas : recherchez à nouveau la famille.</translation>
    </message>
    <message numerus="yes">
        <source>The household owes %n %1 ticket(s) (used without being in the wallet): there is nothing to refund.</source>
        <translation>
            <numerusform>Le foyer doit %n ticket %1 (utilisé sans être au porte-monnaie) : il n&apos;y a rien à rembourser.</numerusform>
            <numerusform>Le foyer doit %n tickets %1 (utilisés sans être au porte-monnaie) : il n&apos;y a rien à rembourser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n more are taken by bookings of days to come: cancel those bookings first to refund them.</source>
        <translation>
            <numerusform> %n autre est pris par une réservation d&apos;un jour à venir : annulez-la d&apos;abord pour le rembourser.</numerusform>
            <numerusform> %n autres sont pris par des réservations de jours à venir : annulez-les d&apos;abord pour les rembourser.</numerusform>
        </translation>
    </message>
    <message>
        <source>The household has no %1 ticket in its wallet: there is nothing to refund.%2</source>
        <translation>Le foyer n&apos;a aucun ticket %1 dans son porte-monnaie : il n&apos;y a rien à rembourser.%2</translation>
    </message>
    <message>
        <source>Give a number of tickets to refund (1 or more).</source>
        <translation>Indiquez un nombre de tickets à rembourser (1 ou plus).</translation>
    </message>
    <message numerus="yes">
        <source>Only %n %1 ticket(s) are in the wallet: %2 cannot be refunded.%3</source>
        <translation>
            <numerusform>Le porte-monnaie ne compte que %n ticket %1 : %2 ne peuvent pas être remboursés.%3</numerusform>
            <numerusform>Le porte-monnaie ne compte que %n tickets %1 : %2 ne peuvent pas être remboursés.%3</numerusform>
        </translation>
    </message>
    <message>
        <source>The wallet&apos;s lots hold fewer tickets than its balance: run guichet-cli verify and call your IT support.</source>
        <translation>Les lots du porte-monnaie comptent moins de tickets que son solde : lancez guichet-cli verify et appelez votre service informatique.</translation>
    </message>
    <message>
        <source>Refunding tickets</source>
        <translation>Rembourser des tickets</translation>
    </message>
    <message>
        <source>The régie does not pay refunds in cash: give the payer&apos;s IBAN, the public accountant pays the refund by transfer. (An administrator allows cash refunds in Administration › Commune when the régie&apos;s founding act does.)</source>
        <translation>La régie ne rembourse pas en espèces : indiquez l&apos;IBAN du payeur, le comptable public verse le remboursement par virement. (Un administrateur autorise les remboursements en espèces dans Administration › Commune quand l&apos;acte constitutif de la régie le permet.)</translation>
    </message>
    <message>
        <source>The school year %1 runs until %2: surplus tickets are refunded once it is over, or earlier when every child of the family leaves the commune&apos;s schools (tick it in each child&apos;s record).</source>
        <translation>L&apos;année scolaire %1 court jusqu&apos;au %2 : les tickets en trop sont remboursés une fois qu&apos;elle est finie, ou plus tôt quand tous les enfants de la famille quittent les écoles de la commune (indiquez-le dans la fiche de chaque enfant).</translation>
    </message>
    <message>
        <source>The family file has no payer: choose the payer in the file first.</source>
        <translation>Le dossier n&apos;a pas de payeur : choisissez d&apos;abord le payeur dans le dossier.</translation>
    </message>
    <message>
        <source>Refund %1 does not exist.</source>
        <translation>Le remboursement %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The refund report</source>
        <translation>Le rapport des remboursements</translation>
    </message>
    <message>
        <source>Give the period of the report as two dates, the first not after the last.</source>
        <translation>Indiquez la période du rapport par deux dates, la première pas après la dernière.</translation>
    </message>
    <message>
        <source>Every transfer of %1 to %2 is already on a refund order (or there is none): there is nothing to issue.</source>
        <translation>Tous les virements du %1 au %2 sont déjà sur un ordre de remboursement (ou il n&apos;y en a aucun) : il n&apos;y a rien à émettre.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>File no.</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Unit value</source>
        <translation>Valeur unitaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Refund order</source>
        <translation>Ordre de remboursement</translation>
    </message>
    <message>
        <source>Cash (till)</source>
        <translation>Espèces (caisse)</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The spreadsheet %1 cannot be created: check the folder exists and is writable.</source>
        <translation>Le classeur %1 ne peut pas être créé : vérifiez que le dossier existe et qu&apos;on peut y écrire.</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Refunds of surplus tickets from %1 to %2</source>
        <translation>Remboursements de tickets du %1 au %2</translation>
    </message>
    <message>
        <source>The spreadsheet %1 could not be written: check the disk has room and the folder is writable.</source>
        <translation>Le classeur %1 n&apos;a pas pu être écrit : vérifiez qu&apos;il reste de la place sur le disque et qu&apos;on peut écrire dans le dossier.</translation>
    </message>
    <message>
        <source>The family still owes %1 (invoice(s) %2): have it paid, or tell the accountant to offset it against the refund.</source>
        <translation>La famille doit encore %1 (facture(s) %2) : faites-la régler, ou signalez au comptable de la compenser avec le remboursement.</translation>
    </message>
</context>
<context>
    <name>RolloverService</name>
    <message>
        <source>The calendar file %1 cannot be read: check its name and that it is readable.</source>
        <translation>Le fichier de calendrier %1 ne peut pas être lu : vérifiez son nom et qu&apos;il est lisible.</translation>
    </message>
    <message>
        <source>The school year %1 runs until %2: roll over to the next one once it is over (from %3).</source>
        <translation>L&apos;année scolaire %1 court jusqu&apos;au %2 : passez à la suivante une fois qu&apos;elle est finie (à partir du %3).</translation>
    </message>
    <message>
        <source>No school year has ended yet: there is nothing to roll over.</source>
        <translation>Aucune année scolaire n&apos;est encore finie : il n&apos;y a rien à basculer.</translation>
    </message>
    <message>
        <source>The school year %1 was already rolled over to %2 on %3 by %4: a year is rolled over once, and nothing was changed.</source>
        <translation>L&apos;année scolaire %1 a déjà été basculée vers %2 le %3 par %4 : une année ne se bascule qu&apos;une fois, et rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A change of prices between -50 % and +50 % is expected: check the percentage.</source>
        <translation>Une évolution des prix entre -50 % et +50 % est attendue : vérifiez le pourcentage.</translation>
    </message>
    <message>
        <source>The dates of %1 are those of %2 one year later (%3 to %4): check them against the official calendar.</source>
        <translation>Les dates de %1 sont celles de %2 un an plus tard (du %3 au %4) : vérifiez-les sur le calendrier officiel.</translation>
    </message>
    <message>
        <source>The school year %1 already exists: its dates are kept as they are (change them in Administration › Années scolaires).</source>
        <translation>L&apos;année scolaire %1 existe déjà : ses dates sont gardées telles quelles (modifiez-les dans Administration › Années scolaires).</translation>
    </message>
    <message>
        <source>%1 already has its prices: they are kept, and the percentage is not applied.</source>
        <translation>%1 a déjà ses tarifs : ils sont gardés, et le pourcentage n&apos;est pas appliqué.</translation>
    </message>
    <message>
        <source>The school year %1 has no prices to copy: set its tariffs first (Administration › Tarifs).</source>
        <translation>L&apos;année scolaire %1 n&apos;a pas de tarifs à copier : fixez d&apos;abord ses tarifs (Administration › Tarifs).</translation>
    </message>
    <message>
        <source>No school holidays are known for %1: import the official calendar (Administration › Calendrier) before families book.</source>
        <translation>Aucune vacance scolaire n&apos;est connue pour %1 : importez le calendrier officiel (Administration › Calendrier scolaire) avant que les familles réservent.</translation>
    </message>
    <message>
        <source>Rolling over to the next school year</source>
        <translation>Passer à l&apos;année scolaire suivante</translation>
    </message>
    <message>
        <source>File no.</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>Sales</name>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Carte bancaire</translation>
    </message>
    <message>
        <source>Online card payment</source>
        <translation>Paiement en ligne par carte</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Impayée</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partiellement réglée</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Réglée</translation>
    </message>
    <message>
        <source>Cancelled by credit note</source>
        <translation>Annulée par avoir</translation>
    </message>
</context>
<context>
    <name>SalesService</name>
    <message>
        <source>This invoice does not exist. Reopen the family file.</source>
        <translation>Cette facture n&apos;existe pas. Rouvrez le dossier famille.</translation>
    </message>
    <message>
        <source>The family file of %1 is &quot;%2&quot;: tickets are sold once the file is validated. Complete and validate the file first.</source>
        <translation>Le dossier famille %1 est au statut « %2 » : les tickets ne sont vendus qu&apos;une fois le dossier validé. Complétez et validez d&apos;abord le dossier.</translation>
    </message>
    <message>
        <source>This activity is not sold any more. Reopen the sale.</source>
        <translation>Cette activité n&apos;est plus vendue. Rouvrez la vente.</translation>
    </message>
    <message>
        <source>%1 appears twice in the order: give one quantity.</source>
        <translation>%1 figure deux fois dans la commande : indiquez une seule quantité.</translation>
    </message>
    <message>
        <source>A number of tickets cannot be negative (%1 typed for %2). To give tickets back, issue a credit note.</source>
        <translation>Un nombre de tickets ne peut pas être négatif (%1 saisi pour %2). Pour reprendre des tickets, établissez un avoir.</translation>
    </message>
    <message>
        <source>%1 tickets of %2 is more than a school year needs (at most %3 per order). Check the number.</source>
        <translation>%1 tickets pour %2 : c&apos;est plus que les besoins d&apos;une année scolaire (%3 au maximum par commande). Vérifiez le nombre.</translation>
    </message>
    <message>
        <source>Type a number of tickets for at least one activity.</source>
        <translation>Saisissez un nombre de tickets pour au moins une activité.</translation>
    </message>
    <message>
        <source>These tickets are free: there is nothing to invoice.</source>
        <translation>Ces tickets sont gratuits : il n&apos;y a rien à facturer.</translation>
    </message>
    <message>
        <source>This household has no payer: designate one in the Guardians tab.</source>
        <translation>Ce foyer n&apos;a pas de payeur : désignez-en un dans l&apos;onglet Responsables légaux.</translation>
    </message>
    <message>
        <source>Type the amount paid this way (more than 0,00 €).</source>
        <translation>Saisissez le montant réglé par ce moyen (supérieur à 0,00&#xa0;€).</translation>
    </message>
    <message>
        <source>The cash handed over (%1) is less than the amount to pay in cash (%2).</source>
        <translation>La somme remise (%1) est inférieure au montant à régler en espèces (%2).</translation>
    </message>
    <message>
        <source>Type the cheque number (printed at the bottom).</source>
        <translation>Saisissez le numéro du chèque (imprimé en bas).</translation>
    </message>
    <message>
        <source>Type the bank of the cheque.</source>
        <translation>Saisissez la banque du chèque.</translation>
    </message>
    <message>
        <source>Type the reference printed by the card terminal (authorisation number).</source>
        <translation>Saisissez la référence imprimée par le terminal de paiement (numéro d&apos;autorisation).</translation>
    </message>
    <message>
        <source>Online payments arrive from the families&apos; portal; at the counter take cash, cheque or card.</source>
        <translation>Les paiements en ligne arrivent du portail des familles ; au guichet, acceptez les espèces, les chèques ou la carte.</translation>
    </message>
    <message>
        <source>Choose how the family pays: cash, cheque or bank card.</source>
        <translation>Choisissez le mode de règlement de la famille : espèces, chèque ou carte bancaire.</translation>
    </message>
    <message>
        <source>This invoice was cancelled by a credit note: there is nothing to pay.</source>
        <translation>Cette facture a été annulée par un avoir : il n&apos;y a rien à payer.</translation>
    </message>
    <message>
        <source>This invoice is already paid.</source>
        <translation>Cette facture est déjà réglée.</translation>
    </message>
    <message>
        <source>A cheque or card payment cannot exceed the amount due (%1): the régie gives no change on them. Adjust the amount.</source>
        <translation>Un règlement par chèque ou par carte ne peut pas dépasser le reste à payer (%1) : la régie ne rend pas la monnaie sur ces moyens de paiement. Ajustez le montant.</translation>
    </message>
    <message>
        <source>The amounts (%1) exceed the amount due (%2). Cash handed over in excess is given back as change: type it as cash handed over, not as amount.</source>
        <translation>Les montants (%1) dépassent le reste à payer (%2). Les espèces remises en excédent sont rendues en monnaie : saisissez-les comme somme remise, et non comme montant.</translation>
    </message>
    <message>
        <source>Say why the invoice is cancelled or corrected: the credit note shows it.</source>
        <translation>Indiquez pourquoi la facture est annulée ou rectifiée : le motif figure sur l&apos;avoir.</translation>
    </message>
    <message>
        <source>This line is not on the invoice. Reopen the invoice.</source>
        <translation>Cette ligne ne figure pas sur la facture. Rouvrez la facture.</translation>
    </message>
    <message>
        <source>%1: at most %2 ticket(s) can still be credited on this invoice (%3 asked).</source>
        <translation>%1 : il reste au plus %2 ticket(s) à créditer sur cette facture (%3 demandé(s)).</translation>
    </message>
    <message>
        <source>%1: only %2 of these tickets are still in the wallet, the others were used. A credit note can only take back unused tickets.</source>
        <translation>%1 : seuls %2 de ces tickets sont encore dans le porte-monnaie, les autres ont été utilisés. Un avoir ne peut reprendre que des tickets non utilisés.</translation>
    </message>
    <message>
        <source>Choose how many tickets of which line the credit note cancels.</source>
        <translation>Indiquez combien de tickets l&apos;avoir annule, et sur quelle ligne.</translation>
    </message>
    <message>
        <source>%1 has already been paid on this invoice: a credit note can cancel at most the unpaid part (%2) until the invoice is fully paid.</source>
        <translation>%1 a déjà été réglé sur cette facture : tant qu&apos;elle n&apos;est pas entièrement réglée, un avoir peut annuler au plus la part impayée (%2).</translation>
    </message>
    <message>
        <source>The same invoice line appears twice in the credit note: give one quantity.</source>
        <translation>La même ligne de facture apparaît deux fois dans l&apos;avoir : indiquez une seule quantité.</translation>
    </message>
    <message>
        <source>%1: these tickets are not in the wallet, so a credit note cannot take them back. Run guichet-cli verify and call your IT support.</source>
        <translation>%1 : ces tickets ne sont pas dans le porte-monnaie, un avoir ne peut donc pas les reprendre. Lancez guichet-cli verify et appelez votre support informatique.</translation>
    </message>
    <message>
        <source>These tickets were free: there is nothing to credit.</source>
        <translation>Ces tickets étaient gratuits : il n&apos;y a rien à créditer.</translation>
    </message>
    <message>
        <source>The cash handed over (%1) is more than %2 above the amount paid in cash (%3): check what was typed.</source>
        <translation>Les espèces remises (%1) dépassent de plus de %2 le montant réglé en espèces (%3) : vérifiez la saisie.</translation>
    </message>
    <message>
        <source>No receipt has the number %1 in this database. Check the number.</source>
        <translation>Aucun reçu ne porte le numéro %1 dans cette base. Vérifiez le numéro.</translation>
    </message>
    <message>
        <source>The receipt %1 has no payment recorded. Run guichet-cli verify and call your IT support.</source>
        <translation>Le reçu %1 n&apos;enregistre aucun paiement. Lancez guichet-cli verify et appelez votre service informatique.</translation>
    </message>
    <message>
        <source>No invoice has the number %1 in this database. Check the number.</source>
        <translation>Aucune facture ne porte le numéro %1 dans cette base. Vérifiez le numéro.</translation>
    </message>
    <message>
        <source>No credit note has the number %1 in this database. Check the number.</source>
        <translation>Aucun avoir ne porte le numéro %1 dans cette base. Vérifiez le numéro.</translation>
    </message>
    <message>
        <source>An online payment has an amount above 0,00 € and the payment processor&apos;s reference.</source>
        <translation>Un paiement en ligne a un montant supérieur à 0,00 € et la référence du prestataire de paiement.</translation>
    </message>
</context>
<context>
    <name>SchoolCalendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Jour de l&apos;an</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <translation>Victoire 1945</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Lundi de Pentecôte</translation>
    </message>
    <message>
        <source>Bastille Day</source>
        <translation>Fête nationale</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Assomption</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Toussaint</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>Armistice 1918</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
    <message>
        <source>Give a first day and a last day, the first one before the last (YYYY-MM-DD).</source>
        <translation>Donnez un premier et un dernier jour, le premier avant le dernier (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Ask for at most %1 days at a time (two school years).</source>
        <translation>Demandez au plus %1 jours à la fois (deux années scolaires).</translation>
    </message>
    <message>
        <source>outside the school year</source>
        <translation>hors année scolaire</translation>
    </message>
    <message>
        <source>There is no school named &quot;%1&quot;. Check its name under the family files&apos; schools.</source>
        <translation>Aucune école ne s&apos;appelle « %1 ». Vérifiez son nom parmi les écoles des dossiers famille.</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>No mail server is set: an administrator gives it in Administration › Commune (or guichet-cli mail send --smtp smtp://HOST:PORT).</source>
        <translation>Aucun serveur de messagerie n&apos;est indiqué : un administrateur le renseigne dans Administration › Commune (ou guichet-cli mail setup --smtp smtp://SERVEUR:PORT).</translation>
    </message>
    <message>
        <source>No sender address is set: an administrator gives it in Administration › Commune.</source>
        <translation>Aucune adresse d&apos;expédition n&apos;est indiquée : un administrateur la renseigne dans Administration › Commune.</translation>
    </message>
    <message>
        <source>The mail library could not start: call your IT support.</source>
        <translation>La bibliothèque de messagerie n&apos;a pas pu démarrer : appelez votre service informatique.</translation>
    </message>
    <message>
        <source>The mail server refused the user name or the password (%1): check them in Administration › Commune.</source>
        <translation>Le serveur de messagerie a refusé l&apos;identifiant ou le mot de passe (%1) : vérifiez-les dans Administration › Commune.</translation>
    </message>
    <message>
        <source>The mail server %1 does not answer (%2): the message will be tried again later.</source>
        <translation>Le serveur de messagerie %1 ne répond pas (%2) : le message sera réessayé plus tard.</translation>
    </message>
    <message>
        <source>The secure connection to the mail server failed (%1): check the server&apos;s security setting and its certificate.</source>
        <translation>La connexion sécurisée au serveur de messagerie a échoué (%1) : vérifiez le réglage de sécurité du serveur et son certificat.</translation>
    </message>
    <message>
        <source>The mail server did not accept the message (%1).</source>
        <translation>Le serveur de messagerie n&apos;a pas accepté le message (%1).</translation>
    </message>
    <message>
        <source>The mail server refused the family&apos;s address %1 (%2): correct it in the family file; the family&apos;s next messages go to the new address.</source>
        <translation>Le serveur de messagerie a refusé l&apos;adresse de la famille %1 (%2) : corrigez-la dans le dossier famille ; ses prochains messages iront à la nouvelle adresse.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database is busy with another operation. Wait a moment and try again; nothing was saved.</source>
        <translation>La base de données est occupée par une autre opération. Patientez un instant puis réessayez ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The database is read-only: nothing was saved. Ask your IT support to give this account write access.</source>
        <translation>La base de données est en lecture seule : rien n&apos;a été enregistré. Demandez à votre service informatique de donner à ce compte l&apos;accès en écriture.</translation>
    </message>
    <message>
        <source>The database is damaged: nothing was saved. Stop working on this computer and call your IT support to restore the backup.</source>
        <translation>La base de données est endommagée : rien n&apos;a été enregistré. Cessez de travailler sur cet ordinateur et appelez votre service informatique pour restaurer la sauvegarde.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Le disque est plein : rien n&apos;a été enregistré. Libérez de l&apos;espace puis réessayez.</translation>
    </message>
    <message>
        <source>The database refused the operation; nothing was saved. Try again, and if it happens again send the program&apos;s log to your IT support.</source>
        <translation>La base de données a refusé l&apos;opération ; rien n&apos;a été enregistré. Réessayez et, si le problème se reproduit, envoyez le journal du programme à votre service informatique.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This counter&apos;s file is older than what it already sent to the central database (change %1 there, %2 here): was a backup restored? Nothing is sent; call your IT support before going on.</source>
        <translation>Le fichier de ce guichet est plus ancien que ce qu&apos;il a déjà envoyé à la base centrale (changement %1 là-bas, %2 ici) : une sauvegarde a-t-elle été restaurée ? Rien n&apos;est envoyé ; appelez votre support informatique avant de continuer.</translation>
    </message>
    <message>
        <source>The table %1 does not travel.</source>
        <translation>La table %1 ne voyage pas.</translation>
    </message>
    <message>
        <source>A change names a row of %1 (%2) this counter does not have: the pull stops here; call your IT support.</source>
        <translation>Un changement désigne une ligne de %1 (%2) que ce guichet n&apos;a pas : la réception s&apos;arrête là ; appelez votre support informatique.</translation>
    </message>
    <message>
        <source>A change of another counter is for %1, a table this program does not know: update the program on this counter.</source>
        <translation>Un changement d&apos;un autre guichet porte sur %1, une table que ce logiciel ne connaît pas : mettez à jour le logiciel de ce guichet.</translation>
    </message>
    <message>
        <source>A clerk&apos;s choice on another counter names %1.%2, which this program does not know: update the program on this counter.</source>
        <translation>Un choix fait sur un autre guichet porte sur %1.%2, que ce logiciel ne connaît pas : mettez à jour le logiciel de ce guichet.</translation>
    </message>
    <message>
        <source>This conflict does not exist or was already resolved.</source>
        <translation>Ce conflit n&apos;existe pas ou a déjà été tranché.</translation>
    </message>
    <message>
        <source>No central database is set for this counter.</source>
        <translation>Aucune base centrale n&apos;est réglée pour ce guichet.</translation>
    </message>
    <message>
        <source>A change of counter %1 (%2 %3) cannot be written here: %4 The sync stops before it; this counter goes on. Call your IT support with this message.</source>
        <translation>Un changement du guichet %1 (%2 %3) ne peut pas être écrit ici : %4 La synchronisation s&apos;arrête avant lui ; ce guichet continue. Appelez votre support informatique avec ce message.</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>The sync needs the PostgreSQL and SQLite drivers of Qt (libqt6sql6-psql, libqt6sql6-sqlite).</source>
        <translation>La synchronisation a besoin des pilotes PostgreSQL et SQLite de Qt (libqt6sql6-psql, libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Invoice %1 was paid or cancelled at the counter before this online payment reached it (%2 due, %3 paid online): the régie refunds the family.</source>
        <translation>La facture %1 a été réglée ou annulée au guichet avant que ce paiement en ligne n&apos;y arrive (%2 dus, %3 payés en ligne) : la régie rembourse la famille.</translation>
    </message>
    <message>
        <source>Families&apos; portal</source>
        <translation>Portail familles</translation>
    </message>
    <message>
        <source>The central database&apos;s rows break a rule of this counter (%1: %2): the first sync stops and nothing is written here; call your IT support with this message.</source>
        <translation>Les lignes de la base centrale enfreignent une règle de ce guichet (%1 : %2) : la première synchronisation s&apos;arrête et rien n&apos;est écrit ici ; appelez votre support informatique avec ce message.</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>The table %1 has no column %2.</source>
        <translation>La table %1 n&apos;a pas de colonne %2.</translation>
    </message>
    <message>
        <source>This counter&apos;s file cannot take the rows of %1: %2</source>
        <translation>Le fichier de ce guichet ne peut pas recevoir les lignes de %1 : %2</translation>
    </message>
    <message>
        <source>The central database&apos;s %1 %2 cannot be written on this counter: %3</source>
        <translation>L&apos;élément %1 %2 de la base centrale ne peut pas être écrit sur ce guichet : %3</translation>
    </message>
    <message>
        <source>The table %1 names %2 by %3: the first sync cannot copy it.</source>
        <translation>La table %1 désigne %2 par %3 : la première synchronisation ne peut pas la copier.</translation>
    </message>
    <message>
        <source>The central database&apos;s %1 %2 names %3, which this counter cannot find there: the first sync stops and nothing is written here; call your IT support with this message.</source>
        <translation>L&apos;élément %1 %2 de la base centrale désigne %3, que ce guichet n&apos;y trouve pas : la première synchronisation s&apos;arrête et rien n&apos;est écrit ici ; appelez votre service informatique avec ce message.</translation>
    </message>
    <message>
        <source>The central database sent a row of %1 that this counter cannot read: the first sync stops and nothing is written here; call your IT support with this message.</source>
        <translation>La base centrale a envoyé une ligne de %1 que ce guichet ne sait pas lire : la première synchronisation s&apos;arrête et rien n&apos;est écrit ici ; appelez votre support informatique avec ce message.</translation>
    </message>
</context>
<context>
    <name>TillService</name>
    <message>
        <source>&quot;%1&quot; is not a note or coin in euros (500, 200, 100, 50, 20, 10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01).</source>
        <translation>« %1 » n&apos;est pas un billet ni une pièce en euros (500, 200, 100, 50, 20, 10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01).</translation>
    </message>
    <message>
        <source>Give how many pieces of %1 were counted as a whole number (&quot;%2&quot; was given).</source>
        <translation>Donnez le nombre de %1 comptés en nombre entier (« %2 » a été donné).</translation>
    </message>
    <message>
        <source>A count cannot be negative (%1 pieces of %2): count again.</source>
        <translation>Un comptage ne peut pas être négatif (%1 × %2) : recomptez.</translation>
    </message>
    <message>
        <source>%1 is counted twice: give each note or coin once.</source>
        <translation>%1 est compté deux fois : donnez chaque billet ou pièce une seule fois.</translation>
    </message>
    <message>
        <source>There is no till session number %1.</source>
        <translation>Il n&apos;existe pas de session de caisse n° %1.</translation>
    </message>
    <message>
        <source>The till is not open: no money can be taken. A régisseur opens it with its float (Caisse › Ouvrir la caisse, or guichet-cli till open).</source>
        <translation>La caisse n&apos;est pas ouverte : aucun encaissement n&apos;est possible. Un régisseur l&apos;ouvre avec son fonds de caisse (Caisse › Ouvrir la caisse, ou guichet-cli till open).</translation>
    </message>
    <message>
        <source>Opening the till</source>
        <translation>L&apos;ouverture de la caisse</translation>
    </message>
    <message>
        <source>The float cannot be negative: type the cash put in the till, 0,00 € if none.</source>
        <translation>Le fonds de caisse ne peut pas être négatif : tapez les espèces mises en caisse, 0,00 € s&apos;il n&apos;y en a pas.</translation>
    </message>
    <message>
        <source>The till is already open since %1 (opened by %2): close it before opening a new session.</source>
        <translation>La caisse est déjà ouverte depuis le %1 (ouverte par %2) : fermez-la avant d&apos;ouvrir une nouvelle session.</translation>
    </message>
    <message>
        <source>Closing the till</source>
        <translation>La fermeture de la caisse</translation>
    </message>
    <message>
        <source>The till is not open: there is nothing to close (a closed session is final).</source>
        <translation>La caisse n&apos;est pas ouverte : il n&apos;y a rien à fermer (une session fermée l&apos;est définitivement).</translation>
    </message>
    <message>
        <source>The cash counted (%1) differs from the expected cash (%2) by %3: say why in the comment (it is kept with the closure), or count again.</source>
        <translation>Les espèces comptées (%1) diffèrent des espèces attendues (%2) de %3 : expliquez pourquoi dans le commentaire (il est conservé avec la clôture), ou recomptez.</translation>
    </message>
    <message>
        <source>The cash held (%1) exceeds the régie&apos;s ceiling (%2): pay the surplus into the public treasury (versement) without delay.</source>
        <translation>L&apos;encaisse (%1) dépasse l&apos;encaisse maximale de la régie (%2) : versez l&apos;excédent au comptable public sans tarder.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>The role is agent, regisseur or admin, not &quot;%1&quot;.</source>
        <translation>Le rôle est agent, regisseur ou admin, pas « %1 ».</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>régisseur</source>
        <translation>régisseur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>The password could not be protected (%1). Call your IT support.</source>
        <translation>Le mot de passe n&apos;a pas pu être protégé (%1). Appelez votre service informatique.</translation>
    </message>
    <message>
        <source>2 to 32 lower-case letters, digits, dots, dashes or underscores (m.dupont).</source>
        <translation>2 à 32 lettres minuscules, chiffres, points, tirets ou soulignés (m.dupont).</translation>
    </message>
    <message>
        <source>Required: the name documents and the history show.</source>
        <translation>Obligatoire : le nom que montrent les documents et l&apos;historique.</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The first user is the administrator: give the role admin.</source>
        <translation>Le premier utilisateur est l&apos;administrateur : donnez le rôle admin.</translation>
    </message>
    <message>
        <source>This login is taken: choose another.</source>
        <translation>Cet identifiant est déjà pris : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>An administrator does not disable their own account: ask another administrator.</source>
        <translation>Un administrateur ne désactive pas son propre compte : demandez à un autre administrateur.</translation>
    </message>
    <message>
        <source>There is no active user &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur actif « %1 ».</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until %1.</source>
        <translation>Trop de mots de passe erronés : ce compte est bloqué jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>Wrong login or password, %1 times in a row: the account is locked for %2 minutes.</source>
        <translation>Identifiant ou mot de passe incorrect %1 fois de suite : le compte est bloqué pour %2 minutes.</translation>
    </message>
    <message>
        <source>This account is disabled: ask an administrator.</source>
        <translation>Ce compte est désactivé : adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>Demo administrator</source>
        <translation>Administrateur démo</translation>
    </message>
    <message>
        <source>Demo régisseur</source>
        <translation>Régisseur démo</translation>
    </message>
    <message>
        <source>Demo agent</source>
        <translation>Agent démo</translation>
    </message>
    <message>
        <source>Adding a school</source>
        <translation>Ajouter une école</translation>
    </message>
    <message>
        <source>%1 needs a user logged in (guichet-cli: --user LOGIN, the password on stdin).</source>
        <translation>%1 demande un utilisateur connecté (guichet-cli : --user IDENTIFIANT, le mot de passe sur l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>%1 is for the %2 role; %3 is %4. Ask someone who has it.</source>
        <translation>%1 est réservé au rôle %2 ; %3 est %4. Demandez à quelqu&apos;un qui l&apos;a.</translation>
    </message>
    <message>
        <source>Managing the users</source>
        <translation>Gérer les utilisateurs</translation>
    </message>
    <message>
        <source>Log in first: a password is changed by its user.</source>
        <translation>Connectez-vous d&apos;abord : un mot de passe est changé par son utilisateur.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Choisissez un mot de passe différent de l&apos;actuel.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est faux.</translation>
    </message>
</context>
<context>
    <name>WalletService</name>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Booking cancelled</source>
        <translation>Réservation annulée</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>These tickets are not in the wallet (lot %1 not found). Run guichet-cli verify and call your IT support.</source>
        <translation>Ces tickets ne sont pas au porte-monnaie (lot %1 introuvable). Lancez guichet-cli verify et appelez votre service informatique.</translation>
    </message>
    <message>
        <source>A lot holds at least one ticket.</source>
        <translation>Un lot contient au moins un ticket.</translation>
    </message>
    <message>
        <source>Take at least one ticket.</source>
        <translation>Prenez au moins un ticket.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n ticket(s) of this lot are left in the wallet.</source>
        <translation>
            <numerusform>Il ne reste que %n ticket de ce lot au porte-monnaie.</numerusform>
            <numerusform>Il ne reste que %n tickets de ce lot au porte-monnaie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give back at least one ticket.</source>
        <translation>Rendez au moins un ticket.</translation>
    </message>
    <message>
        <source>These tickets were not taken from the wallet (movement %1 not found). Run guichet-cli verify and call your IT support.</source>
        <translation>Ces tickets n&apos;ont pas été pris au porte-monnaie (mouvement %1 introuvable). Lancez guichet-cli verify et appelez votre support informatique.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n ticket(s) taken by this movement can still be given back.</source>
        <translation>
            <numerusform>Seul %n ticket pris par ce mouvement peut encore être rendu.</numerusform>
            <numerusform>Seuls %n tickets pris par ce mouvement peuvent encore être rendus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excused absence</source>
        <translation>Absence excusée</translation>
    </message>
    <message>
        <source>Surcharge: present without a booking</source>
        <translation>Majoration : présent sans réservation</translation>
    </message>
    <message>
        <source>Carried over to the next school year</source>
        <translation>Reporté sur l&apos;année scolaire suivante</translation>
    </message>
    <message>
        <source>Carried over from the last school year</source>
        <translation>Report de l&apos;année scolaire précédente</translation>
    </message>
    <message>
        <source>Cancelled on another counter too: the ticket given back twice, taken back once</source>
        <translation>Annulée aussi à un autre guichet : ticket rendu deux fois, repris une fois</translation>
    </message>
    <message>
        <source>Cancelled or excused on another counter too: the ticket given back twice, taken back once</source>
        <translation>Annulée ou excusée aussi à un autre guichet : ticket rendu deux fois, repris une fois</translation>
    </message>
    <message>
        <source>These tickets were not given back (movement %1 not found). Run guichet-cli verify and call your IT support.</source>
        <translation>Ces tickets n&apos;ont pas été rendus (mouvement %1 introuvable). Lancez guichet-cli verify et appelez votre support informatique.</translation>
    </message>
    <message>
        <source>Only a booking&apos;s ticket given back can be taken back (movement %1).</source>
        <translation>Seul le ticket rendu d&apos;une réservation peut être repris (mouvement %1).</translation>
    </message>
</context>
<context>
    <name>guichet::ActivitiesDialog</name>
    <message>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Ticket unit</source>
        <translation>Unité du ticket</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>e.g. Cantine</source>
        <translation>par ex. Cantine</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The activities sold at the counter. A deactivated activity is no longer offered for sale; what was already sold is kept.</source>
        <translation>Les activités vendues au guichet. Une activité désactivée n&apos;est plus proposée à la vente ; ce qui a déjà été vendu est conservé.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Activité : %1</translation>
    </message>
    <message>
        <source>Made from the name if left empty</source>
        <translation>Déduit du nom si laissé vide</translation>
    </message>
    <message>
        <source>Identifies the activity in exports. It cannot be changed once the activity is created.</source>
        <translation>Identifie l&apos;activité dans les exports. Il ne peut plus être modifié une fois l&apos;activité créée.</translation>
    </message>
    <message>
        <source>Fixed when the activity was created.</source>
        <translation>Fixé à la création de l&apos;activité.</translation>
    </message>
    <message>
        <source>Add the activity</source>
        <translation>Ajouter l&apos;activité</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Activity “%1” added.</source>
        <translation>Activité « %1 » ajoutée.</translation>
    </message>
    <message>
        <source>Activity “%1” saved.</source>
        <translation>Activité « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>“%1” is active again: it is offered for sale.</source>
        <translation>« %1 » est de nouveau active : elle est proposée à la vente.</translation>
    </message>
    <message>
        <source>“%1” is deactivated: it is no longer offered for sale.</source>
        <translation>« %1 » est désactivée : elle n&apos;est plus proposée à la vente.</translation>
    </message>
    <message>
        <source>Meals: the kitchen counts its bookings</source>
        <translation>Repas : la cuisine compte ses réservations</translation>
    </message>
    <message>
        <source> day(s) before</source>
        <translation> jour(s) avant</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Booking deadline</source>
        <translation>Délai de réservation</translation>
    </message>
    <message>
        <source> extra ticket(s)</source>
        <translation> ticket(s) en plus</translation>
    </message>
    <message>
        <source>Present without a booking</source>
        <translation>Présent sans réservation</translation>
    </message>
    <message>
        <source>fewer than </source>
        <translation>moins de </translation>
    </message>
    <message>
        <source> ticket(s)</source>
        <translation> ticket(s)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>A booking that leaves fewer tickets than this in the wallet tells the family by email, at most once a week.</source>
        <translation>Une réservation qui laisse moins de tickets que cela dans le porte-monnaie prévient la famille par courriel, au plus une fois par semaine.</translation>
    </message>
    <message>
        <source>Email the family when it has</source>
        <translation>Prévenir la famille par courriel quand il lui reste</translation>
    </message>
</context>
<context>
    <name>guichet::AttendanceView</name>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>To know</source>
        <translation>À savoir</translation>
    </message>
    <message>
        <source>Trusted persons</source>
        <translation>Personnes autorisées</translation>
    </message>
    <message>
        <source>&amp;Present (P)</source>
        <translation>&amp;Présent (P)</translation>
    </message>
    <message>
        <source>&amp;Absent (A)</source>
        <translation>&amp;Absent (A)</translation>
    </message>
    <message>
        <source>E&amp;xcused… (E)</source>
        <translation>E&amp;xcusé… (E)</translation>
    </message>
    <message>
        <source>Everyone &amp;else present</source>
        <translation>Tous les &amp;autres présents</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>É&amp;cole :</translation>
    </message>
    <message>
        <source>Ac&amp;tivity:</source>
        <translation>Ac&amp;tivité :</translation>
    </message>
    <message>
        <source>Pre&amp;view and print…</source>
        <translation>&amp;Aperçu et impression…</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>to mark</source>
        <translation>à pointer</translation>
    </message>
    <message>
        <source>No child booked on %1 for this school and activity.</source>
        <translation>Aucun enfant réservé le %1 pour cette école et cette activité.</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) booked</source>
        <translation>
            <numerusform>%n enfant réservé</numerusform>
            <numerusform>%n enfants réservés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 present, %2 absent, %3 excused, %4 to mark.</source>
        <translation>%1 présents, %2 absents, %3 excusés, %4 à pointer.</translation>
    </message>
    <message>
        <source>Attendance is taken on the day.</source>
        <translation>Les présences se pointent le jour même.</translation>
    </message>
    <message>
        <source>Excused absence</source>
        <translation>Absence justifiée</translation>
    </message>
    <message>
        <source>Why is the absence of %1 excused? (a medical certificate, for instance)</source>
        <translation>Pourquoi l&apos;absence de %1 est-elle justifiée ? (un certificat médical, par exemple)</translation>
    </message>
    <message>
        <source>Medical certificate</source>
        <translation>Certificat médical</translation>
    </message>
    <message>
        <source>%1 %2: %3.</source>
        <translation>%1 %2 : %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) marked present.</source>
        <translation>
            <numerusform>%n enfant pointé présent.</numerusform>
            <numerusform>%n enfants pointés présents.</numerusform>
        </translation>
    </message>
    <message>
        <source>List saved: %1</source>
        <translation>Liste enregistrée : %1</translation>
    </message>
    <message>
        <source>Present &amp;without a booking…</source>
        <translation>Présent &amp;sans réservation…</translation>
    </message>
    <message>
        <source>without a booking</source>
        <translation>sans réservation</translation>
    </message>
    <message>
        <source>Every child of this school is already on the list.</source>
        <translation>Tous les enfants de cette école sont déjà sur la liste.</translation>
    </message>
    <message>
        <source>Present without a booking</source>
        <translation>Présent sans réservation</translation>
    </message>
    <message>
        <source>Child present on %1 without a booking (type to search):</source>
        <translation>Enfant présent le %1 sans réservation (tapez pour chercher) :</translation>
    </message>
    <message numerus="yes">
        <source>Recorded present without a booking, charged to %1: %n ticket(s) taken</source>
        <translation>
            <numerusform>Présence sans réservation enregistrée, facturée à %1 : %n ticket pris</numerusform>
            <numerusform>Présence sans réservation enregistrée, facturée à %1 : %n tickets pris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n owed (the wallet had no more).</source>
        <translation>
            <numerusform>et %n dû (le porte-monnaie n&apos;en avait plus).</numerusform>
            <numerusform>et %n dus (le porte-monnaie n&apos;en avait plus).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::CalendarDialog</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>School calendar</source>
        <translation>Calendrier scolaire</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Vacances</translation>
    </message>
    <message>
        <source>Grève, Pont de l&apos;Ascension, travaux…</source>
        <translation>Grève, Pont de l&apos;Ascension, travaux…</translation>
    </message>
    <message>
        <source>Every school</source>
        <translation>Toutes les écoles</translation>
    </message>
    <message>
        <source>&amp;Remove the selected period</source>
        <translation>&amp;Supprimer la période choisie</translation>
    </message>
    <message>
        <source>&amp;Import the official file (.ics, .csv)…</source>
        <translation>&amp;Importer le fichier officiel (.ics, .csv)…</translation>
    </message>
    <message>
        <source>Add a period without service</source>
        <translation>Ajouter une période sans service</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>Days of the week with service</source>
        <translation>Jours de la semaine avec service</translation>
    </message>
    <message>
        <source>Save the &amp;week</source>
        <translation>Enregistrer la &amp;semaine</translation>
    </message>
    <message>
        <source>School year:</source>
        <translation>Année scolaire :</translation>
    </message>
    <message>
        <source>The official school calendar</source>
        <translation>Le calendrier scolaire officiel</translation>
    </message>
    <message>
        <source>School calendars (*.ics *.csv)</source>
        <translation>Calendriers scolaires (*.ics *.csv)</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>livré</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>saisi</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) cancelled, their tickets given back.</source>
        <translation>
            <numerusform>%n réservation annulée, son ticket rendu.</numerusform>
            <numerusform>%n réservations annulées, leurs tickets rendus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closure added.</source>
        <translation>Fermeture ajoutée.</translation>
    </message>
    <message>
        <source>Holidays added.</source>
        <translation>Vacances ajoutées.</translation>
    </message>
    <message>
        <source>Select a period in the list first.</source>
        <translation>Choisissez d&apos;abord une période dans la liste.</translation>
    </message>
    <message>
        <source>Period removed: its days have service again (nothing was booked for the families).</source>
        <translation>Période supprimée : ses jours ont de nouveau du service (rien n&apos;a été réservé pour les familles).</translation>
    </message>
    <message>
        <source>Week saved.</source>
        <translation>Semaine enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) added, %1 already there.</source>
        <translation>
            <numerusform>%n période ajoutée, %1 déjà présentes.</numerusform>
            <numerusform>%n périodes ajoutées, %1 déjà présentes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::CentralDialog</name>
    <message>
        <source>Central database</source>
        <translation>Base centrale</translation>
    </message>
    <message>
        <source>unchanged (kept in this computer&apos;s keyring; or libpq&apos;s .pgpass)</source>
        <translation>inchangé (gardé dans le trousseau de cet ordinateur ; ou le .pgpass de libpq)</translation>
    </message>
    <message>
        <source>The central PostgreSQL database every counter synchronises with. Leave the address empty for a counter that works alone. A server outside the building: add ?sslmode=verify-full to the address.</source>
        <translation>La base centrale PostgreSQL avec laquelle chaque guichet se synchronise. Laissez l&apos;adresse vide pour un guichet qui travaille seul. Un serveur hors du bâtiment : ajoutez ?sslmode=verify-full à l&apos;adresse.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Set &amp;up the central database</source>
        <translation>&amp;Installer la base centrale</translation>
    </message>
    <message>
        <source>Creates or updates the central database&apos;s tables and registers this counter (an administrator&apos;s act).</source>
        <translation>Crée ou met à jour les tables de la base centrale et y inscrit ce guichet (acte d&apos;administrateur).</translation>
    </message>
    <message>
        <source>Not saved: see the message under the field.</source>
        <translation>Non enregistré : voyez le message sous le champ.</translation>
    </message>
    <message>
        <source>Connected: the central database is ready for this counter.</source>
        <translation>Connecté : la base centrale est prête pour ce guichet.</translation>
    </message>
    <message>
        <source>The central database is at version %1 and this counter is registered.</source>
        <translation>La base centrale est en version %1 et ce guichet y est inscrit.</translation>
    </message>
    <message>
        <source>The central database is at version %1; this counter was registered already.</source>
        <translation>La base centrale est en version %1 ; ce guichet y était déjà inscrit.</translation>
    </message>
</context>
<context>
    <name>guichet::ChildDialog</name>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien avec l&apos;enfant</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Retirer la personne sélectionnée</translation>
    </message>
    <message>
        <source>PAI (individual care plan)</source>
        <translation>PAI (projet d&apos;accueil individualisé)</translation>
    </message>
    <message>
        <source>May leave alone at the end of the activity</source>
        <translation>Autorisé(e) à partir seul(e) à la fin de l&apos;activité</translation>
    </message>
    <message>
        <source>Child: %1</source>
        <translation>Enfant : %1</translation>
    </message>
    <message>
        <source>New child</source>
        <translation>Nouvel enfant</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>11 characters, e.g. 1234567890A</source>
        <translation>11 caractères, par ex. 1234567890A</translation>
    </message>
    <message>
        <source>Girl</source>
        <translation>Fille</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation>Garçon</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(pas encore connue)</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>INE</source>
        <translation>INE</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Class level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Food allergies</source>
        <translation>Allergies alimentaires</translation>
    </message>
    <message>
        <source>What the PAI requires</source>
        <translation>Mesures prévues par le PAI</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Régime alimentaire</translation>
    </message>
    <message>
        <source>Trusted persons allowed to pick the child up (identity checked):</source>
        <translation>Tiers de confiance autorisés à venir chercher l&apos;enfant (identité contrôlée) :</translation>
    </message>
    <message>
        <source>Emergency contacts, in call order — guardians first:</source>
        <translation>Contacts d&apos;urgence, dans l&apos;ordre d&apos;appel — responsables légaux en premier :</translation>
    </message>
    <message>
        <source>Identity and school</source>
        <translation>Identité et scolarité</translation>
    </message>
    <message>
        <source>Health and diet</source>
        <translation>Santé et régime alimentaire</translation>
    </message>
    <message>
        <source>Exit and contacts</source>
        <translation>Sortie et contacts</translation>
    </message>
    <message>
        <source>Type the birth date as DD/MM/YYYY.</source>
        <translation>Saisissez la date de naissance au format JJ/MM/AAAA.</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>Scolarité</translation>
    </message>
</context>
<context>
    <name>guichet::ClosureDialog</name>
    <message>
        <source>Closures (Z)</source>
        <translation>Clôtures (Z)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Journée</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <source>Close the &amp;period (final)</source>
        <translation>Clôturer la &amp;période (définitif)</translation>
    </message>
    <message>
        <source>A month or a year adds up its closed days; it is closed once it is over.</source>
        <translation>Un mois ou une année additionne ses journées clôturées ; il se clôture une fois terminé.</translation>
    </message>
</context>
<context>
    <name>guichet::CommuneDialog</name>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <source>optional, e.g. arrêté du 12 mars 2019</source>
        <translation>facultatif, par ex. arrêté du 12 mars 2019</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Legal name on documents</source>
        <translation>Nom officiel sur les documents</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Régie</source>
        <translation>Régie</translation>
    </message>
    <message>
        <source>Act creating the régie</source>
        <translation>Acte constitutif de la régie</translation>
    </message>
    <message>
        <source>Régisseur</source>
        <translation>Régisseur</translation>
    </message>
    <message>
        <source>Invoices due after</source>
        <translation>Échéance des factures</translation>
    </message>
    <message>
        <source>If an invoice is not paid</source>
        <translation>Si une facture n&apos;est pas réglée</translation>
    </message>
    <message>
        <source>How to contest an invoice</source>
        <translation>Voies et délais de recours</translation>
    </message>
    <message>
        <source>Printed on every document issued from now on; documents already issued keep what they said.</source>
        <translation>Imprimé sur chaque document émis désormais ; les documents déjà émis gardent ce qu&apos;ils disaient.</translation>
    </message>
    <message>
        <source>The régie&apos;s founding act allows refunds in cash from the till</source>
        <translation>L&apos;acte constitutif de la régie autorise les remboursements en espèces par la caisse</translation>
    </message>
    <message>
        <source>Cash ceiling (encaisse maximale)</source>
        <translation>Encaisse maximale</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>TLS (smtps://, port 465)</source>
        <translation>TLS (smtps://, port 465)</translation>
    </message>
    <message>
        <source>None (a relay inside the town hall only)</source>
        <translation>Aucune (relais interne à la mairie seulement)</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Emails sent from</source>
        <translation>Courriels envoyés par</translation>
    </message>
    <message>
        <source>Sender&apos;s name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Answers go to</source>
        <translation>Réponses à</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Email reminder of an unpaid invoice after</source>
        <translation>Relance par courriel d&apos;une facture impayée après</translation>
    </message>
    <message>
        <source>https://… (given in the emails)</source>
        <translation>https://… (donnée dans les courriels)</translation>
    </message>
    <message>
        <source>Families&apos; portal</source>
        <translation>Portail des familles</translation>
    </message>
    <message>
        <source>unchanged (kept in this computer&apos;s keyring, never in the database)</source>
        <translation>inchangé (gardé dans le trousseau de cet ordinateur, jamais dans la base)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The other settings are saved, but not the password: %1</source>
        <translation>Les autres réglages sont enregistrés, mais pas le mot de passe : %1</translation>
    </message>
</context>
<context>
    <name>guichet::ConflictsDialog</name>
    <message>
        <source>Email</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Refuses emails</source>
        <translation>Refuse les courriels</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Téléphone portable</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Family file</source>
        <translation>Dossier famille</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value here</source>
        <translation>Valeur ici</translation>
    </message>
    <message>
        <source>Value on the other counter</source>
        <translation>Valeur sur l&apos;autre guichet</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Changed there</source>
        <translation>Modifié là-bas</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>&amp;Keep this counter&apos;s value</source>
        <translation>&amp;Garder la valeur de ce guichet</translation>
    </message>
    <message>
        <source>&amp;Take the other counter&apos;s value</source>
        <translation>&amp;Prendre la valeur de l&apos;autre guichet</translation>
    </message>
    <message>
        <source>No conflict: every counter agrees.</source>
        <translation>Aucun conflit : tous les guichets sont d&apos;accord.</translation>
    </message>
    <message>
        <source>Choose a conflict in the list first.</source>
        <translation>Choisissez d&apos;abord un conflit dans la liste.</translation>
    </message>
    <message>
        <source>“%1” now has the other counter&apos;s value; every counter gets it with the next sync.</source>
        <translation>« %1 » a maintenant la valeur de l&apos;autre guichet ; tous les guichets la reçoivent à la synchronisation suivante.</translation>
    </message>
    <message>
        <source>“%1” keeps this counter&apos;s value; every counter gets it with the next sync.</source>
        <translation>« %1 » garde la valeur de ce guichet ; tous les guichets la reçoivent à la synchronisation suivante.</translation>
    </message>
    <message>
        <source>Booking of %1</source>
        <translation>Réservation du %1</translation>
    </message>
    <message>
        <source>cancelled here, its ticket back in the wallet</source>
        <translation>annulée ici, son ticket rendu au porte-monnaie</translation>
    </message>
    <message>
        <source>booked first on %1</source>
        <translation>réservée d&apos;abord sur %1</translation>
    </message>
    <message>
        <source>Noted: the day stays with the other counter&apos;s booking.</source>
        <translation>Noté : le jour reste à la réservation de l&apos;autre guichet.</translation>
    </message>
    <message>
        <source>marked present here: record the child as present without a booking</source>
        <translation>pointé présent ici : enregistrez l&apos;enfant présent sans réservation</translation>
    </message>
    <message>
        <source>cancelled on %1 before the day, its ticket given back</source>
        <translation>annulée sur %1 avant le jour, son ticket rendu</translation>
    </message>
    <message>
        <source>Noted: the booking stays cancelled on every counter.</source>
        <translation>C&apos;est noté : la réservation reste annulée sur tous les guichets.</translation>
    </message>
    <message>
        <source>The same field was changed here and on another counter before they synchronised. Each counter keeps its own value until you choose; your choice reaches every counter with the next sync. A day booked here that another counter booked first was cancelled here, its ticket given back: tell the family, then mark it noted. A day cancelled on another counter stays cancelled even if the child was marked present here: record the child as present without a booking, then mark it noted.</source>
        <translation>Le même champ a été modifié ici et sur un autre guichet avant leur synchronisation. Chaque guichet garde sa valeur jusqu&apos;à votre choix ; votre choix atteint tous les guichets à la synchronisation suivante. Un jour réservé ici qu&apos;un autre guichet avait réservé en premier a été annulé ici, son ticket rendu : prévenez la famille, puis marquez-le comme vu. Un jour annulé sur un autre guichet reste annulé même si l&apos;enfant a été pointé présent ici : enregistrez l&apos;enfant présent sans réservation, puis marquez-le comme vu.</translation>
    </message>
    <message>
        <source>&amp;Noted</source>
        <translation>&amp;Vu</translation>
    </message>
</context>
<context>
    <name>guichet::CounterSetupDialog</name>
    <message>
        <source>This counter</source>
        <translation>Ce guichet</translation>
    </message>
    <message>
        <source>e.g. SO1</source>
        <translation>par ex. SO1</translation>
    </message>
    <message>
        <source>e.g. Hôtel de Ville, Annexe Nord</source>
        <translation>par ex. Hôtel de Ville, Annexe Nord</translation>
    </message>
    <message>
        <source>The code begins every number this counter has issued: it can no longer change once a number was issued with it. The name can.</source>
        <translation>Le code ouvre chaque numéro émis par ce guichet : il ne peut plus changer une fois un numéro émis avec lui. Le nom le peut.</translation>
    </message>
    <message>
        <source>Counter code</source>
        <translation>Code du guichet</translation>
    </message>
    <message>
        <source>Counter name</source>
        <translation>Nom du guichet</translation>
    </message>
    <message>
        <source>Each counter of the commune has its own code, which begins every number it issues (invoices SO1-2026-000001, receipts, credit notes, family files SO1-42): two counters never issue the same number, even offline. Choose it once: it cannot change once a number was issued with it.</source>
        <translation>Chaque guichet de la commune a son propre code, qui ouvre chaque numéro qu&apos;il émet (factures SO1-2026-000001, reçus, avoirs, dossiers famille SO1-42) : deux guichets n&apos;émettent jamais le même numéro, même hors ligne. Choisissez-le une fois pour toutes : il ne peut plus changer dès qu&apos;un numéro a été émis avec lui.</translation>
    </message>
</context>
<context>
    <name>guichet::CreditNoteDialog</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Already credited</source>
        <translation>Déjà crédité</translation>
    </message>
    <message>
        <source>To credit</source>
        <translation>À créditer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Issue the credit note</source>
        <translation>Émettre l&apos;avoir</translation>
    </message>
    <message>
        <source>Print the credit note</source>
        <translation>Imprimer l&apos;avoir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>e.g. the child left the school; tickets bought by mistake</source>
        <translation>par ex. l&apos;enfant a quitté l&apos;école ; tickets achetés par erreur</translation>
    </message>
    <message>
        <source>Credit &amp;all that remains</source>
        <translation>Créditer &amp;tout le reste</translation>
    </message>
    <message>
        <source>Credit note on invoice %1</source>
        <translation>Avoir sur la facture %1</translation>
    </message>
    <message>
        <source>Invoice %1 of %2 — %3 — total %4, credited %5, paid %6 — %7</source>
        <translation>Facture %1 du %2 — %3 — total %4, avoirs %5, réglé %6 — %7</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>&amp;Reason (printed on the credit note)</source>
        <translation>&amp;Motif (imprimé sur l&apos;avoir)</translation>
    </message>
    <message>
        <source>Credit note total</source>
        <translation>Total de l&apos;avoir</translation>
    </message>
    <message>
        <source>Credit note %1 issued: %2.</source>
        <translation>Avoir %1 émis : %2.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Issue a credit note of %1 on invoice %2 (%3)?

It is numbered and cannot be undone or deleted; a mistake is corrected by a new sale.</source>
        <translation>Émettre un avoir de %1 sur la facture %2 (%3) ?

Il est numéroté et ne peut être ni annulé ni supprimé ; une erreur se corrige par une nouvelle vente.</translation>
    </message>
    <message>
        <source>&amp;Issue the credit note</source>
        <translation>É&amp;mettre l&apos;avoir</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Revenir</translation>
    </message>
</context>
<context>
    <name>guichet::CustodyDialog</name>
    <message>
        <source>With</source>
        <translation>Chez</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Shared custody — %1</source>
        <translation>Garde partagée — %1</translation>
    </message>
    <message>
        <source>&amp;Remove the selected period</source>
        <translation>&amp;Supprimer la période choisie</translation>
    </message>
    <message>
        <source>Alternate weeks</source>
        <translation>Semaines alternées</translation>
    </message>
    <message>
        <source>First week &amp;with:</source>
        <translation>Première semaine c&amp;hez :</translation>
    </message>
    <message>
        <source>Week of &amp;Monday:</source>
        <translation>Semaine du &amp;lundi :</translation>
    </message>
    <message>
        <source>Set the &amp;alternate weeks</source>
        <translation>Enregistrer les semaines &amp;alternées</translation>
    </message>
    <message>
        <source>The other household has the child the week after, and so on.</source>
        <translation>L&apos;autre foyer a l&apos;enfant la semaine suivante, et ainsi de suite.</translation>
    </message>
    <message>
        <source>A stay on dates (wins over the weeks)</source>
        <translation>Un séjour à des dates précises (prime sur les semaines)</translation>
    </message>
    <message>
        <source>W&amp;ith:</source>
        <translation>Ch&amp;ez :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>A&amp;dd the stay</source>
        <translation>A&amp;jouter le séjour</translation>
    </message>
    <message>
        <source>A day is booked by, and charged to, the household that has the child that day. Without a schedule, each household books as it pleases.</source>
        <translation>Un jour est réservé et facturé par le foyer qui a l&apos;enfant ce jour-là. Sans calendrier, chaque foyer réserve librement.</translation>
    </message>
    <message>
        <source>every other week</source>
        <translation>une semaine sur deux</translation>
    </message>
    <message>
        <source>on these dates</source>
        <translation>à ces dates</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>semaine du %1</translation>
    </message>
    <message>
        <source>Select a period in the list first.</source>
        <translation>Choisissez d&apos;abord une période dans la liste.</translation>
    </message>
</context>
<context>
    <name>guichet::DayPage</name>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Cuisine</translation>
    </message>
</context>
<context>
    <name>guichet::DepositSlipDialog</name>
    <message>
        <source>Cheque deposit slip</source>
        <translation>Bordereau de remise de chèques</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Encaissé le</translation>
    </message>
    <message>
        <source>Cheque no.</source>
        <translation>N° de chèque</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>Drawer</source>
        <translation>Tireur</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>&amp;Issue the slip</source>
        <translation>&amp;Établir le bordereau</translation>
    </message>
    <message>
        <source>The cheques not yet deposited; untick those that stay for a later slip.</source>
        <translation>Les chèques pas encore remis ; décochez ceux qui attendront un prochain bordereau.</translation>
    </message>
    <message numerus="yes">
        <source>%n cheque(s) on the slip, total %1</source>
        <translation>
            <numerusform>%n chèque sur le bordereau, total %1</numerusform>
            <numerusform>%n chèques sur le bordereau, total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one cheque.</source>
        <translation>Cochez au moins un chèque.</translation>
    </message>
</context>
<context>
    <name>guichet::FamilyFileView</name>
    <message>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <source>Validate the file</source>
        <translation>Valider le dossier</translation>
    </message>
    <message>
        <source>Return to the family…</source>
        <translation>Renvoyer à la famille…</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Responsables légaux</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Save the household</source>
        <translation>Enregistrer le foyer</translation>
    </message>
    <message>
        <source>Record acceptance of the current terms and règlement</source>
        <translation>Enregistrer l&apos;acceptation des CGU et du règlement intérieur en vigueur</translation>
    </message>
    <message>
        <source>Household name</source>
        <translation>Nom du foyer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Résidence</translation>
    </message>
    <message>
        <source>Acceptances</source>
        <translation>Acceptations</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien avec l&apos;enfant</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>QF</source>
        <translation>QF</translation>
    </message>
    <message>
        <source>Add a guardian</source>
        <translation>Ajouter un responsable légal</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Make payer</source>
        <translation>Désigner comme payeur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>School and class</source>
        <translation>École et classe</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contacts d&apos;urgence</translation>
    </message>
    <message>
        <source>Also in</source>
        <translation>Également rattaché à</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Ajouter un enfant</translation>
    </message>
    <message>
        <source>Attach a child of another household…</source>
        <translation>Rattacher un enfant d&apos;un autre foyer…</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>Détacher</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>file no. %1</source>
        <translation>dossier n° %1</translation>
    </message>
    <message>
        <source>Reason given to the family: %1</source>
        <translation>Motif indiqué à la famille : %1</translation>
    </message>
    <message>
        <source>To validate this file:</source>
        <translation>Pour valider ce dossier :</translation>
    </message>
    <message>
        <source>Resident of %1</source>
        <translation>Domicilié à %1</translation>
    </message>
    <message>
        <source>Not resident (non-resident tariffs)</source>
        <translation>Hors commune (tarifs extérieurs)</translation>
    </message>
    <message>
        <source>Terms of use: not accepted</source>
        <translation>Conditions générales d&apos;utilisation : non acceptées</translation>
    </message>
    <message>
        <source>Terms of use: version %1, accepted on %2</source>
        <translation>Conditions générales d&apos;utilisation : version %1, acceptées le %2</translation>
    </message>
    <message>
        <source>Règlement intérieur: not accepted</source>
        <translation>Règlement intérieur : non accepté</translation>
    </message>
    <message>
        <source>Règlement intérieur: version %1, accepted on %2</source>
        <translation>Règlement intérieur : version %1, accepté le %2</translation>
    </message>
    <message>
        <source>%1 (proof of %2)</source>
        <translation>%1 (attestation du %2)</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Allergies : %1</translation>
    </message>
    <message>
        <source>PAI: %1</source>
        <translation>PAI : %1</translation>
    </message>
    <message>
        <source>%1, file no. %2 (payer %3)</source>
        <translation>%1, dossier n° %2 (payeur : %3)</translation>
    </message>
    <message>
        <source>Household saved.</source>
        <translation>Foyer enregistré.</translation>
    </message>
    <message>
        <source>Acceptance of the terms of use and of the règlement intérieur recorded.</source>
        <translation>Acceptation des conditions générales d&apos;utilisation et du règlement intérieur enregistrée.</translation>
    </message>
    <message>
        <source>Guardian added.</source>
        <translation>Responsable légal ajouté.</translation>
    </message>
    <message>
        <source>Select a guardian in the list first.</source>
        <translation>Sélectionnez d&apos;abord un responsable légal dans la liste.</translation>
    </message>
    <message>
        <source>Guardian saved.</source>
        <translation>Responsable légal enregistré.</translation>
    </message>
    <message>
        <source>%1 is now the payer.</source>
        <translation>%1 est désormais le payeur du foyer.</translation>
    </message>
    <message>
        <source>%1 removed from the file.</source>
        <translation>%1 a été retiré(e) du dossier.</translation>
    </message>
    <message>
        <source>Child added.</source>
        <translation>Enfant ajouté.</translation>
    </message>
    <message>
        <source>Select a child in the list first.</source>
        <translation>Sélectionnez d&apos;abord un enfant dans la liste.</translation>
    </message>
    <message>
        <source>Child saved.</source>
        <translation>Enfant enregistré.</translation>
    </message>
    <message>
        <source>Shared custody</source>
        <translation>Garde alternée</translation>
    </message>
    <message>
        <source>INE of the child already registered in the other household:</source>
        <translation>INE de l&apos;enfant déjà inscrit dans l&apos;autre foyer :</translation>
    </message>
    <message>
        <source>Child attached: the file shows both households.</source>
        <translation>Enfant rattaché : le dossier affiche les deux foyers.</translation>
    </message>
    <message>
        <source>Child detached from this household.</source>
        <translation>Enfant détaché de ce foyer.</translation>
    </message>
    <message>
        <source>File submitted to the school-affairs office.</source>
        <translation>Dossier soumis au service des affaires scolaires.</translation>
    </message>
    <message>
        <source>File validated: the family can book once plannings open.</source>
        <translation>Dossier validé : la famille pourra réserver dès l&apos;ouverture des plannings.</translation>
    </message>
    <message>
        <source>Return the file to the family</source>
        <translation>Renvoyer le dossier à la famille</translation>
    </message>
    <message>
        <source>What must the family correct? They will read this:</source>
        <translation>Que doit corriger la famille ? Elle lira ce message :</translation>
    </message>
    <message>
        <source>File returned to the family with the reason.</source>
        <translation>Dossier renvoyé à la famille avec le motif.</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message numerus="yes">
        <source>Owes %1 on invoice %2 — F10 to take the payment</source>
        <translation>
            <numerusform>Doit %1 sur la facture %2 — F10 pour encaisser</numerusform>
            <numerusform>Doit %1 sur les factures %2 — F10 pour encaisser</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a family file first (search, then Enter).</source>
        <translation>Ouvrez d&apos;abord un dossier famille (recherche, puis Entrée).</translation>
    </message>
    <message>
        <source>The file is &quot;%1&quot;: tickets are sold once it is validated.</source>
        <translation>Le dossier est « %1 » : les tickets se vendent une fois le dossier validé.</translation>
    </message>
    <message>
        <source>Click to close</source>
        <translation>Cliquer pour fermer</translation>
    </message>
    <message>
        <source>This family file could not be read.</source>
        <translation>Ce dossier famille n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>C&amp;ustody…</source>
        <translation>&amp;Garde…</translation>
    </message>
    <message>
        <source>Custody: %1</source>
        <translation>Garde : %1</translation>
    </message>
    <message>
        <source>%1 is only in this file: attach the child to the other parent&apos;s file first (its INE in &quot;Attach a child of another household…&quot;).</source>
        <translation>%1 n&apos;est que dans ce dossier : rattachez d&apos;abord l&apos;enfant au dossier de l&apos;autre parent (son INE dans « Rattacher un enfant d&apos;un autre foyer… »).</translation>
    </message>
    <message>
        <source>Custody of %1 saved.</source>
        <translation>Garde de %1 enregistrée.</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Courriels</translation>
    </message>
</context>
<context>
    <name>guichet::GuardianDialog</name>
    <message>
        <source>Payer of the household</source>
        <translation>Payeur du foyer</translation>
    </message>
    <message>
        <source>Guardian: %1</source>
        <translation>Responsable légal : %1</translation>
    </message>
    <message>
        <source>New guardian</source>
        <translation>Nouveau responsable légal</translation>
    </message>
    <message>
        <source>Mrs</source>
        <translation>Mme</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>M.</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>mother, father, guardian…</source>
        <translation>mère, père, tuteur…</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien avec l&apos;enfant</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Téléphone portable</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Téléphone domicile</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Téléphone professionnel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>CAF number</source>
        <translation>N° d&apos;allocataire CAF</translation>
    </message>
    <message>
        <source>Family quotient (QF)</source>
        <translation>Quotient familial (QF)</translation>
    </message>
    <message>
        <source>Date of the QF proof</source>
        <translation>Date de l&apos;attestation de QF</translation>
    </message>
    <message>
        <source>The family quotient is a whole number, e.g. 742.</source>
        <translation>Le quotient familial est un nombre entier, par exemple 742.</translation>
    </message>
    <message>
        <source>Type the date as DD/MM/YYYY.</source>
        <translation>Saisissez la date au format JJ/MM/AAAA.</translation>
    </message>
</context>
<context>
    <name>guichet::KitchenView</name>
    <message>
        <source>The file %1 could not be written (%2). Choose another folder, or check that the file is not open in another program.</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit (%2). Choisissez un autre dossier, ou vérifiez que le fichier n&apos;est pas ouvert dans un autre programme.</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Enregistrer en CSV</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation>CSV pour un tableur (*.csv)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Repas</translation>
    </message>
    <message>
        <source>Diets</source>
        <translation>Régimes</translation>
    </message>
    <message>
        <source>Children to watch</source>
        <translation>Enfants à surveiller</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>The &amp;week</source>
        <translation>La &amp;semaine</translation>
    </message>
    <message>
        <source>Pre&amp;view and print…</source>
        <translation>&amp;Aperçu et impression…</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>Meals of %1</source>
        <translation>Repas du %1</translation>
    </message>
    <message>
        <source>Meals from %1 to %2</source>
        <translation>Repas du %1 au %2</translation>
    </message>
    <message>
        <source>No meal booked on those days.</source>
        <translation>Aucun repas réservé ces jours-là.</translation>
    </message>
    <message numerus="yes">
        <source>%n meal(s) in all.</source>
        <translation>
            <numerusform>%n repas en tout.</numerusform>
            <numerusform>%n repas en tout.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts saved: %1</source>
        <translation>Comptes enregistrés : %1</translation>
    </message>
</context>
<context>
    <name>guichet::LoginDialog</name>
    <message>
        <source>The first administrator</source>
        <translation>Le premier administrateur</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Name (on documents):</source>
        <translation>&amp;Nom (sur les documents) :</translation>
    </message>
    <message>
        <source>Who is at the counter?</source>
        <translation>Qui est au guichet ?</translation>
    </message>
    <message>
        <source>Demonstration database: log in as admin, regie or agent, password &quot;demo&quot;.</source>
        <translation>Base de démonstration : connectez-vous en admin, regie ou agent, mot de passe « demo ».</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Encore une fois :</translation>
    </message>
    <message>
        <source>&amp;Create and log in</source>
        <translation>&amp;Créer et se connecter</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>Les deux mots de passe diffèrent : tapez deux fois le même.</translation>
    </message>
    <message>
        <source>This database has no user yet. Create the administrator: they add the agents and régisseurs (guichet-cli user add).</source>
        <translation>Cette base n&apos;a pas encore d&apos;utilisateur. Créez l&apos;administrateur : c&apos;est lui qui ajoute les agents et les régisseurs (guichet-cli user add).</translation>
    </message>
    <message>
        <source>Counter locked</source>
        <translation>Guichet verrouillé</translation>
    </message>
    <message>
        <source>The counter is locked. %1, type your password — or another user logs in to take over.</source>
        <translation>Le guichet est verrouillé. %1, tapez votre mot de passe — ou un autre utilisateur se connecte pour prendre la suite.</translation>
    </message>
</context>
<context>
    <name>guichet::MailStatus</name>
    <message>
        <source>Automatic sending</source>
        <translation>Envoi automatique</translation>
    </message>
    <message>
        <source>Emails: sending %1 / %2…</source>
        <translation>Courriels : envoi %1 / %2…</translation>
    </message>
    <message>
        <source>Emails: sending…</source>
        <translation>Courriels : envoi…</translation>
    </message>
    <message>
        <source>Last delivery %1: %2 sent, %3 to try again, %4 failed, %5 uncertain.</source>
        <translation>Dernier envoi %1 : %2 envoyé(s), %3 à réessayer, %4 en échec, %5 incertain(s).</translation>
    </message>
    <message>
        <source>Last delivery %1: %2</source>
        <translation>Dernier envoi %1 : %2</translation>
    </message>
    <message>
        <source>Emails: ?</source>
        <translation>Courriels : ?</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n incertain</numerusform>
            <numerusform>%n incertains</numerusform>
        </translation>
    </message>
    <message>
        <source>Emails: all sent</source>
        <translation>Courriels : tout est envoyé</translation>
    </message>
    <message>
        <source>Emails: %1</source>
        <translation>Courriels : %1</translation>
    </message>
    <message numerus="yes">
        <source>Family › Send the emails now delivers at once; otherwise every %n minute(s).</source>
        <translation>
            <numerusform>Famille › Envoyer les courriels maintenant les envoie tout de suite ; sinon toutes les %n minute.</numerusform>
            <numerusform>Famille › Envoyer les courriels maintenant les envoie tout de suite ; sinon toutes les %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::MailTemplatesDialog</name>
    <message>
        <source>Restore the program&apos;s text</source>
        <translation>Rétablir le texte du logiciel</translation>
    </message>
    <message>
        <source>Email texts</source>
        <translation>Textes des courriels</translation>
    </message>
    <message>
        <source>Double-click a placeholder to insert it where the cursor is.</source>
        <translation>Double-cliquez sur un champ pour l&apos;insérer à l&apos;emplacement du curseur.</translation>
    </message>
    <message>
        <source>Family file no., SO1-42</source>
        <translation>N° de dossier, SO1-42</translation>
    </message>
    <message>
        <source>Forget this text and use the program&apos;s own again.</source>
        <translation>Oublier ce texte et reprendre celui du logiciel.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Preview for the family</source>
        <translation>Aperçu pour la famille</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (obligatoire)</translation>
    </message>
    <message>
        <source>Written by %1 on %2.</source>
        <translation>Écrit par %1 le %2.</translation>
    </message>
    <message>
        <source>The program&apos;s own text.</source>
        <translation>Le texte du logiciel.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>Not saved: see the message under the field.</source>
        <translation>Non enregistré : voyez le message sous le champ.</translation>
    </message>
    <message>
        <source>Saved: the messages queued from now on say this.</source>
        <translation>Enregistré : les messages mis en file à partir de maintenant diront cela.</translation>
    </message>
    <message>
        <source>The program&apos;s own text is used again.</source>
        <translation>Le texte du logiciel est de nouveau utilisé.</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Enregistrer les modifications de « %1 » ?</translation>
    </message>
</context>
<context>
    <name>guichet::MailWorker</name>
    <message>
        <source>No mail server is set: the messages wait. An administrator sets it in Administration › Commune and documents.</source>
        <translation>Aucun serveur de messagerie n&apos;est réglé : les messages attendent. Un administrateur le règle dans Administration › Commune et documents.</translation>
    </message>
</context>
<context>
    <name>guichet::MainWindow</name>
    <message>
        <source>&amp;Family</source>
        <translation>&amp;Famille</translation>
    </message>
    <message>
        <source>&amp;Find a family</source>
        <translation>&amp;Rechercher une famille</translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation>&amp;Nouveau foyer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>About Guichet Périscolaire</source>
        <translation>À propos de Guichet Périscolaire</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guichet Périscolaire&lt;/b&gt; %1&lt;br&gt;Counter application for the periscolaire services (cantine, garderie, étude).&lt;br&gt;Database schema %2.</source>
        <translation>&lt;b&gt;Guichet Périscolaire&lt;/b&gt; %1&lt;br&gt;Application de guichet pour les services périscolaires (cantine, garderie, étude).&lt;br&gt;Schéma de base de données %2.</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Activities…</source>
        <translation>&amp;Activités…</translation>
    </message>
    <message>
        <source>&amp;School years…</source>
        <translation>A&amp;nnées scolaires…</translation>
    </message>
    <message>
        <source>&amp;Tariffs…</source>
        <translation>&amp;Tarifs…</translation>
    </message>
    <message>
        <source>&amp;Sell tickets…</source>
        <translation>&amp;Vendre des tickets…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Counter %1 — database: %2 — schema %3</source>
        <translation>Guichet %1 — base : %2 — schéma %3</translation>
    </message>
    <message>
        <source>&amp;Commune and documents…</source>
        <translation>&amp;Commune et documents…</translation>
    </message>
    <message>
        <source>This c&amp;ounter…</source>
        <translation>Ce g&amp;uichet…</translation>
    </message>
    <message>
        <source>Take a &amp;payment…</source>
        <translation>&amp;Encaisser une facture…</translation>
    </message>
    <message>
        <source>Ne&amp;xt customer</source>
        <translation>Client &amp;suivant</translation>
    </message>
    <message>
        <source>Open a family file first (search, then Enter).</source>
        <translation>Ouvrez d&apos;abord un dossier famille (recherche, puis Entrée).</translation>
    </message>
    <message>
        <source>Sell tickets to this household (F9)</source>
        <translation>Vendre des tickets à ce foyer (F9)</translation>
    </message>
    <message>
        <source>Nothing to pay: no unpaid invoice in the open file.</source>
        <translation>Rien à encaisser : aucune facture impayée dans le dossier ouvert.</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>&amp;Taille du texte</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Text size %1 %: applied at the next start.</source>
        <translation>Taille du texte %1&#xa0;% : appliquée au prochain démarrage.</translation>
    </message>
    <message>
        <source>This screen is too small for it: the windows would not fit.</source>
        <translation>Cet écran est trop petit : les fenêtres n&apos;y tiendraient pas.</translation>
    </message>
    <message>
        <source>The &amp;day: attendance and kitchen</source>
        <translation>La &amp;journée : présences et cuisine</translation>
    </message>
    <message>
        <source>School ca&amp;lendar…</source>
        <translation>Ca&amp;lendrier scolaire…</translation>
    </message>
    <message>
        <source>&amp;Places per school…</source>
        <translation>&amp;Places par école…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <source>&amp;Lock the counter</source>
        <translation>&amp;Verrouiller le guichet</translation>
    </message>
    <message>
        <source>&amp;Till</source>
        <translation>&amp;Caisse</translation>
    </message>
    <message>
        <source>&amp;Open the till…</source>
        <translation>&amp;Ouvrir la caisse…</translation>
    </message>
    <message>
        <source>&amp;Close the till (cash count)…</source>
        <translation>&amp;Fermer la caisse (comptage)…</translation>
    </message>
    <message>
        <source>Closures (&amp;Z)…</source>
        <translation>Clôtures (&amp;Z)…</translation>
    </message>
    <message>
        <source>Cheque &amp;deposit slip…</source>
        <translation>&amp;Bordereau de remise de chèques…</translation>
    </message>
    <message>
        <source>&amp;Statement for the accountant…</source>
        <translation>&amp;Relevé pour le comptable…</translation>
    </message>
    <message>
        <source>For a régisseur</source>
        <translation>Réservé au régisseur</translation>
    </message>
    <message>
        <source>Cheques to deposit</source>
        <translation>Chèques à remettre</translation>
    </message>
    <message>
        <source>Till closed</source>
        <translation>Caisse fermée</translation>
    </message>
    <message>
        <source>Till open since %1 — cash %2</source>
        <translation>Caisse ouverte depuis le %1 — espèces %2</translation>
    </message>
    <message>
        <source>Cash &amp;status (X)…</source>
        <translation>É&amp;tat de caisse (X)…</translation>
    </message>
    <message>
        <source>Cash status</source>
        <translation>État de caisse</translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation>Changer mon mot de &amp;passe…</translation>
    </message>
    <message>
        <source>&amp;Refund tickets…</source>
        <translation>&amp;Rembourser des tickets…</translation>
    </message>
    <message>
        <source>&amp;Refund report…</source>
        <translation>Rapport des &amp;remboursements…</translation>
    </message>
    <message>
        <source>&amp;Next school year…</source>
        <translation>Année scolaire &amp;suivante…</translation>
    </message>
    <message>
        <source>Announce the &amp;plannings…</source>
        <translation>Annoncer l&apos;ouverture des &amp;plannings…</translation>
    </message>
    <message>
        <source>Announce the plannings</source>
        <translation>Annoncer l&apos;ouverture des plannings</translation>
    </message>
    <message>
        <source>Tell every validated family by email that the plannings of this school year are open (each family once):</source>
        <translation>Prévenir par courriel chaque famille validée que les plannings de cette année scolaire sont ouverts (une fois par famille) :</translation>
    </message>
    <message>
        <source>Queueing the messages…</source>
        <translation>Mise en file des messages…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued: they leave with the next delivery.</source>
        <translation>
            <numerusform>%n message mis en file : il partira au prochain envoi.</numerusform>
            <numerusform>%n messages mis en file : ils partiront au prochain envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Email texts…</source>
        <translation>Te&amp;xtes des courriels…</translation>
    </message>
    <message>
        <source>Send the &amp;emails now</source>
        <translation>Envoyer les &amp;courriels maintenant</translation>
    </message>
    <message>
        <source>Synchronise &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>Conflits de s&amp;ynchronisation…</translation>
    </message>
    <message>
        <source>Central &amp;database…</source>
        <translation>&amp;Base centrale…</translation>
    </message>
</context>
<context>
    <name>guichet::MessagesView</name>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Uncertain (the program stopped while sending)</source>
        <translation>Incertain (le programme s&apos;est arrêté pendant l&apos;envoi)</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>En cours d&apos;envoi</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>The family refuses emails</source>
        <translation>La famille refuse les courriels</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Mis en file</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>Send again a message that failed or may not have arrived (same message, same Message-ID).</source>
        <translation>Renvoyer un message en échec ou peut-être pas arrivé (même message, même Message-ID).</translation>
    </message>
    <message>
        <source>Messages go to the family&apos;s email address.</source>
        <translation>Les messages partent à l&apos;adresse électronique de la famille.</translation>
    </message>
    <message>
        <source>The message will be sent again with the next delivery.</source>
        <translation>Le message sera renvoyé au prochain envoi.</translation>
    </message>
</context>
<context>
    <name>guichet::NewAccountDialog</name>
    <message>
        <source>New household account</source>
        <translation>Nouveau compte foyer</translation>
    </message>
    <message>
        <source>name@example.fr</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>The family accepts the terms of use (version %1)</source>
        <translation>La famille accepte les conditions générales d&apos;utilisation (version %1)</translation>
    </message>
    <message>
        <source>The family accepts the règlement intérieur (version %1)</source>
        <translation>La famille accepte le règlement intérieur (version %1)</translation>
    </message>
    <message>
        <source>Payer&apos;s last name</source>
        <translation>Nom du payeur</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Téléphone portable</translation>
    </message>
</context>
<context>
    <name>guichet::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Nouveau mot de passe pour %1</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Encore :</translation>
    </message>
    <message>
        <source>The two entries differ: type the new password again.</source>
        <translation>Les deux saisies diffèrent : tapez à nouveau le nouveau mot de passe.</translation>
    </message>
</context>
<context>
    <name>guichet::PaymentDialog</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Payment of invoice %1 — %2, file no. %3</source>
        <translation>Règlement de la facture %1 — %2, dossier n° %3</translation>
    </message>
</context>
<context>
    <name>guichet::PaymentForm</name>
    <message>
        <source>&amp;Pay</source>
        <translation>Encai&amp;sser</translation>
    </message>
    <message>
        <source>Print the &amp;receipt</source>
        <translation>Imprimer le &amp;reçu</translation>
    </message>
    <message>
        <source>Print the &amp;invoice</source>
        <translation>Imprimer la &amp;facture</translation>
    </message>
    <message>
        <source>as paid</source>
        <translation>identique au montant</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <source>Amount paid in cash</source>
        <translation>Montant réglé en espèces</translation>
    </message>
    <message>
        <source>Change to give back</source>
        <translation>Monnaie à rendre</translation>
    </message>
    <message>
        <source>Amount of the cheque</source>
        <translation>Montant du chèque</translation>
    </message>
    <message>
        <source>Drawer</source>
        <translation>Tireur</translation>
    </message>
    <message>
        <source>Made out to the régie (never to a person).</source>
        <translation>À l&apos;ordre de la régie (jamais d&apos;une personne).</translation>
    </message>
    <message>
        <source>Made out to: %1 (never to a person).</source>
        <translation>À l&apos;ordre de : %1 (jamais d&apos;une personne).</translation>
    </message>
    <message>
        <source>Amount paid by card</source>
        <translation>Montant réglé par carte</translation>
    </message>
    <message>
        <source>Terminal reference</source>
        <translation>Référence TPE</translation>
    </message>
    <message>
        <source>authorisation no. on the terminal slip</source>
        <translation>n° d&apos;autorisation sur le ticket du TPE</translation>
    </message>
    <message>
        <source>Invoice %1 of %2 — %3 — total %4</source>
        <translation>Facture %1 du %2 — %3 — total %4</translation>
    </message>
    <message>
        <source> — credited %1</source>
        <translation> — avoirs %1</translation>
    </message>
    <message>
        <source> — already paid %1</source>
        <translation> — déjà réglé %1</translation>
    </message>
    <message>
        <source>The amounts cover the amount due.</source>
        <translation>Les montants couvrent le reste à payer.</translation>
    </message>
    <message>
        <source>The amounts exceed the amount due by %1.</source>
        <translation>Les montants dépassent le reste à payer de %1.</translation>
    </message>
    <message>
        <source>Left to pay after this payment: %1</source>
        <translation>Reste à payer après ce règlement : %1</translation>
    </message>
    <message>
        <source>Type an amount such as 70,55.</source>
        <translation>Saisissez un montant, par exemple 70,55.</translation>
    </message>
    <message>
        <source>Payment of %1 recorded — receipt %2</source>
        <translation>Règlement de %1 enregistré — reçu %2</translation>
    </message>
    <message>
        <source>Change to give back: %1</source>
        <translation>Monnaie à rendre : %1</translation>
    </message>
    <message>
        <source>Invoice %1 is paid: the tickets were added to the wallet.</source>
        <translation>La facture %1 est réglée : les tickets ont été ajoutés au porte-monnaie.</translation>
    </message>
    <message>
        <source>Still due on invoice %1: %2. The tickets are added to the wallet once it is fully paid.</source>
        <translation>Reste dû sur la facture %1 : %2. Les tickets seront ajoutés au porte-monnaie une fois la facture entièrement réglée.</translation>
    </message>
    <message>
        <source>All in cash (F5)</source>
        <translation>Tout en espèces (F5)</translation>
    </message>
    <message>
        <source>All by cheque (F6)</source>
        <translation>Tout par chèque (F6)</translation>
    </message>
    <message>
        <source>All by card (F7)</source>
        <translation>Tout par carte (F7)</translation>
    </message>
    <message>
        <source>&amp;Cash</source>
        <translation>&amp;Espèces</translation>
    </message>
    <message>
        <source>Cash handed &amp;over</source>
        <translation>Somme &amp;remise</translation>
    </message>
    <message>
        <source>C&amp;heque</source>
        <translation>&amp;Chèque</translation>
    </message>
    <message>
        <source>Cheque &amp;number</source>
        <translation>&amp;N° de chèque</translation>
    </message>
    <message>
        <source>B&amp;ank</source>
        <translation>Ban&amp;que</translation>
    </message>
    <message>
        <source>Ban&amp;k card</source>
        <translation>Carte &amp;bancaire</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Appoint</translation>
    </message>
    <message>
        <source>The family hands over %1</source>
        <translation>La famille remet %1</translation>
    </message>
    <message>
        <source>Still due: %1</source>
        <translation>Reste dû : %1</translation>
    </message>
    <message>
        <source>Partial payment</source>
        <translation>Paiement partiel</translation>
    </message>
    <message>
        <source>The family pays %1 of the %2 due on invoice %3.

%4 will still be due; the tickets are added to the wallet once the invoice is fully paid. A payment cannot be undone.</source>
        <translation>La famille paie %1 sur les %2 dus sur la facture %3.

%4 resteront dus ; les tickets sont ajoutés au porte-monnaie une fois la facture entièrement payée. Un paiement ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>&amp;Record the partial payment</source>
        <translation>&amp;Enregistrer le paiement partiel</translation>
    </message>
    <message>
        <source>&amp;Correct the amounts</source>
        <translation>&amp;Corriger les montants</translation>
    </message>
</context>
<context>
    <name>guichet::PlacesDialog</name>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Places a day</source>
        <translation>Places par jour</translation>
    </message>
    <message>
        <source>Places per school</source>
        <translation>Places par école</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Activité :</translation>
    </message>
    <message>
        <source>&amp;Save the places</source>
        <translation>&amp;Enregistrer les places</translation>
    </message>
    <message>
        <source>How many children a school can take a day for the activity. Bookings beyond are refused with a message; what was booked before stays.</source>
        <translation>Combien d&apos;enfants une école peut accueillir par jour pour l&apos;activité. Les réservations au-delà sont refusées avec un message ; ce qui était déjà réservé reste.</translation>
    </message>
    <message>
        <source>Places of %1 saved.</source>
        <translation>Places de %1 enregistrées.</translation>
    </message>
</context>
<context>
    <name>guichet::PlanningModel</name>
    <message>
        <source>to book (not saved yet)</source>
        <translation>à réserver (pas encore enregistré)</translation>
    </message>
    <message>
        <source>to cancel (not saved yet)</source>
        <translation>à annuler (pas encore enregistré)</translation>
    </message>
    <message>
        <source>bookable</source>
        <translation>réservable</translation>
    </message>
    <message>
        <source>%1: click to book or cancel this day for every child</source>
        <translation>%1 : cliquez pour réserver ou annuler ce jour pour tous les enfants</translation>
    </message>
</context>
<context>
    <name>guichet::PlanningView</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Undo the changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>&amp;Repeat…</source>
        <translation>&amp;Répéter…</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Mois précédent (Page préc.)</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Mois suivant (Page suiv.)</translation>
    </message>
    <message>
        <source>○ bookable   ● booked   grey: closed (deadline passed)   green: present   red: absent   orange: excused   –: no service (the reason in the tooltip)</source>
        <translation>○ réservable   ● réservé   gris : fermé (délai dépassé)   vert : présent   rouge : absent   orange : excusé   – : pas de service (la raison dans l&apos;infobulle)</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Activité :</translation>
    </message>
    <message>
        <source>Tickets in the wallet: %1. Click the days to book or cancel, then save.</source>
        <translation>Tickets dans le porte-monnaie : %1. Cliquez sur les jours à réserver ou à annuler, puis enregistrez.</translation>
    </message>
    <message>
        <source>Saving books %1 and cancels %2: %3 ticket(s) taken, %4 given back — %5 in the wallet after (%6 now).</source>
        <translation>L&apos;enregistrement réserve %1 et annule %2 : %3 ticket(s) pris, %4 rendu(s) — %5 dans le porte-monnaie après (%6 maintenant).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning saved: %1 booked, %2 cancelled; %3 tickets in the wallet.</source>
        <translation>Planning enregistré : %1 réservé(s), %2 annulé(s) ; %3 tickets dans le porte-monnaie.</translation>
    </message>
    <message>
        <source>Left alone: %1 (%2).</source>
        <translation>Non modifié : %1 (%2).</translation>
    </message>
    <message>
        <source>Repeat every week</source>
        <translation>Répéter chaque semaine</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>Enfants :</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Chaque :</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>%1: %2; %3 in the wallet after (%4 now); %5 left alone.</source>
        <translation>%1 : %2 ; %3 dans le porte-monnaie après (%4 maintenant) ; %5 non modifié(s).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) cancelled</source>
        <translation>
            <numerusform>%n jour annulé</numerusform>
            <numerusform>%n jours annulés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) booked</source>
        <translation>
            <numerusform>%n jour réservé</numerusform>
            <numerusform>%n jours réservés</numerusform>
        </translation>
    </message>
    <message>
        <source>Save &amp;beyond the wallet…</source>
        <translation>Enregistrer &amp;au-delà du solde…</translation>
    </message>
    <message>
        <source>Beyond the wallet</source>
        <translation>Au-delà du porte-monnaie</translation>
    </message>
    <message>
        <source>Why book beyond the tickets in the wallet? The days not covered are owed and paid by the next tickets bought.</source>
        <translation>Pourquoi réserver au-delà des tickets du porte-monnaie ? Les jours non couverts sont dus et payés par les prochains tickets achetés.</translation>
    </message>
    <message>
        <source>Give the reason for booking beyond the wallet.</source>
        <translation>Indiquez le motif de la réservation au-delà du porte-monnaie.</translation>
    </message>
    <message numerus="yes">
        <source>Planning saved beyond the wallet: %n ticket(s) owed.</source>
        <translation>
            <numerusform>Planning enregistré au-delà du porte-monnaie : %n ticket dû.</numerusform>
            <numerusform>Planning enregistré au-delà du porte-monnaie : %n tickets dus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::PrintService</name>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Impression : %1</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Enregistrer en PDF : %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file %1 could not be written (%2). Choose another folder, or check that the file is not open in another program.</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit (%2). Choisissez un autre répertoire, ou vérifiez que le fichier n&apos;est pas ouvert dans un autre programme.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu : %1</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
</context>
<context>
    <name>guichet::RefundDialog</name>
    <message>
        <source>Every ticket of the activity</source>
        <translation>Tous les tickets de l&apos;activité</translation>
    </message>
    <message>
        <source>Pay in cash from the till</source>
        <translation>Payer en espèces par la caisse</translation>
    </message>
    <message>
        <source>Refund tickets</source>
        <translation>Rembourser des tickets</translation>
    </message>
    <message>
        <source>needed outside the EEA</source>
        <translation>nécessaire hors de l&apos;EEE</translation>
    </message>
    <message>
        <source>e.g. leaving the commune, end of the school year</source>
        <translation>p. ex. départ de la commune, fin d&apos;année scolaire</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n ticket(s))</source>
        <translation>
            <numerusform>%1 (%n ticket)</numerusform>
            <numerusform>%1 (%n tickets)</numerusform>
        </translation>
    </message>
    <message>
        <source>The régie pays refunds by transfer only (Administration › Commune).</source>
        <translation>La régie ne rembourse que par virement (Administration › Commune).</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Payer&apos;s IBAN</source>
        <translation>IBAN du payeur</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Rembourser</translation>
    </message>
    <message>
        <source>The most recently bought tickets are refunded first, each at the price it was bought at. The public accountant pays the transfer.</source>
        <translation>Les tickets achetés le plus récemment sont remboursés d&apos;abord, chacun au prix où il a été acheté. Le comptable public verse le virement.</translation>
    </message>
    <message>
        <source>The family has no ticket left in its wallet: there is nothing to refund.</source>
        <translation>La famille n&apos;a plus de ticket dans son porte-monnaie : il n&apos;y a rien à rembourser.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n ticket(s): %1 = %2&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n ticket : %1 = %2&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n tickets : %1 = %2&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Refund %1? The tickets leave the wallet now; this cannot be undone.</source>
        <translation>Rembourser %1 ? Les tickets sortent du porte-monnaie maintenant ; c&apos;est définitif.</translation>
    </message>
    <message>
        <source>Refund %1: give %2 to the payer from the till.</source>
        <translation>Remboursement %1 : remettez %2 au payeur, pris dans la caisse.</translation>
    </message>
    <message>
        <source>Refund %1 of %2 recorded: the public accountant pays it once the refund order is issued (Till › Refund report).</source>
        <translation>Remboursement %1 de %2 enregistré : le comptable public le verse une fois l&apos;ordre de remboursement émis (Caisse › Rapport des remboursements).</translation>
    </message>
</context>
<context>
    <name>guichet::RefundReportDialog</name>
    <message>
        <source>Accountant&apos;s copy (IBANs in full)</source>
        <translation>Exemplaire du comptable (IBAN en entier)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Refund report</source>
        <translation>Rapport des remboursements</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Aperçu et impression…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as spread&amp;sheet…</source>
        <translation>Enregistrer en &amp;classeur…</translation>
    </message>
    <message>
        <source>&amp;Issue the refund order…</source>
        <translation>Émettre l&apos;&amp;ordre de remboursement…</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>Transfers: %1 (%2) · cash: %3 (%4) · total %5</source>
        <translation>Virements : %1 (%2) · espèces : %3 (%4) · total %5</translation>
    </message>
    <message>
        <source>%1 %2 — %3: %4 ticket(s), %5</source>
        <translation>%1 %2 — %3 : %4 ticket(s), %5</translation>
    </message>
    <message>
        <source>Families whose children all left, with tickets to refund:</source>
        <translation>Familles dont tous les enfants sont partis, avec des tickets à rembourser :</translation>
    </message>
    <message>
        <source>refunds-%1-%2</source>
        <translation>remboursements-%1-%2</translation>
    </message>
    <message>
        <source>Save the refund report</source>
        <translation>Enregistrer le rapport des remboursements</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Classeur (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Issue the refund order of %1 to %2? Its transfers go to the public accountant; an order is final.</source>
        <translation>Émettre l&apos;ordre de remboursement du %1 au %2 ? Ses virements partent au comptable public ; un ordre est définitif.</translation>
    </message>
    <message>
        <source>order %1 issued</source>
        <translation>ordre %1 émis</translation>
    </message>
</context>
<context>
    <name>guichet::RolloverWizard</name>
    <message>
        <source>Save the carry-over report (CSV)…</source>
        <translation>Enregistrer le rapport de report (CSV)…</translation>
    </message>
    <message>
        <source>Next school year</source>
        <translation>Année scolaire suivante</translation>
    </message>
    <message>
        <source>The next school year</source>
        <translation>L&apos;année scolaire suivante</translation>
    </message>
    <message>
        <source>The prices are copied from the year that ends, changed by the percentage; the tickets left in the wallets are carried over at the price they were bought at; the children go up one class.</source>
        <translation>Les tarifs sont copiés de l&apos;année qui se termine, modifiés du pourcentage ; les tickets restant dans les porte-monnaie sont reportés au prix où ils ont été achetés ; les enfants montent d&apos;une classe.</translation>
    </message>
    <message>
        <source>optional: the official .ics or .csv file of the new year</source>
        <translation>facultatif : le fichier officiel .ics ou .csv de la nouvelle année</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>The official school calendar</source>
        <translation>Le calendrier scolaire officiel</translation>
    </message>
    <message>
        <source>School calendar (*.ics *.csv)</source>
        <translation>Calendrier scolaire (*.ics *.csv)</translation>
    </message>
    <message>
        <source>Change of prices</source>
        <translation>Évolution des prix</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Bookings open on</source>
        <translation>Ouverture des réservations</translation>
    </message>
    <message>
        <source>Official calendar</source>
        <translation>Calendrier officiel</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Ce qui va être fait</translation>
    </message>
    <message>
        <source>Nothing is written yet. Read the summary, then roll over: it cannot be done twice.</source>
        <translation>Rien n&apos;est encore enregistré. Lisez le résumé, puis basculez : cela ne se fait qu&apos;une fois.</translation>
    </message>
    <message>
        <source>&amp;Roll over</source>
        <translation>&amp;Basculer</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The school year %1 exists already: its dates are kept.</source>
        <translation>L&apos;année scolaire %1 existe déjà : ses dates sont gardées.</translation>
    </message>
    <message>
        <source>New school year %1, from %2 to %3; bookings open on %4.</source>
        <translation>Nouvelle année scolaire %1, du %2 au %3 ; ouverture des réservations le %4.</translation>
    </message>
    <message>
        <source>Its prices exist already: they are kept.</source>
        <translation>Ses tarifs existent déjà : ils sont gardés.</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) copied, changed by %1 %.</source>
        <translation>
            <numerusform>%n tarif copié, modifié de %1 %.</numerusform>
            <numerusform>%n tarifs copiés, modifiés de %1 %.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school week(s) copied.</source>
        <translation>
            <numerusform>%n semaine scolaire copiée.</numerusform>
            <numerusform>%n semaines scolaires copiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holiday period(s) known for the new year.</source>
        <translation>
            <numerusform>%n période de vacances connue pour la nouvelle année.</numerusform>
            <numerusform>%n périodes de vacances connues pour la nouvelle année.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n child(ren)</source>
        <translation>
            <numerusform>%1 : %n enfant</numerusform>
            <numerusform>%1 : %n enfants</numerusform>
        </translation>
    </message>
    <message>
        <source>CM2 pupils leaving for collège: %1; other children leaving: %2.</source>
        <translation>Élèves de CM2 partant au collège : %1 ; autres enfants qui partent : %2.</translation>
    </message>
    <message>
        <source>Tickets carried over: %1 tickets of %2 household(s), worth %3.</source>
        <translation>Tickets reportés : %1 tickets de %2 foyer(s), pour une valeur de %3.</translation>
    </message>
    <message>
        <source>  %1: %2 tickets</source>
        <translation>  %1 : %2 tickets</translation>
    </message>
    <message>
        <source>Rolling over</source>
        <translation>Passage à l&apos;année suivante</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The school year %1 is ready: %2 tickets worth %3 carried over for %4 household(s).</source>
        <translation>L&apos;année scolaire %1 est prête : %2 tickets d&apos;une valeur de %3 reportés pour %4 foyer(s).</translation>
    </message>
    <message>
        <source>Save the carry-over report</source>
        <translation>Enregistrer le rapport de report</translation>
    </message>
    <message>
        <source>carry-over-%1.csv</source>
        <translation>report-%1.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>guichet::SaleDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&lt; &amp;Modify the order</source>
        <translation>&lt; &amp;Modifier la commande</translation>
    </message>
    <message>
        <source>Place the order</source>
        <translation>Passer la commande</translation>
    </message>
    <message>
        <source>Confirm the order</source>
        <translation>Confirmer la commande</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 — file no. %2</source>
        <translation>%1 — dossier n° %2</translation>
    </message>
    <message>
        <source>Sell tickets — %1</source>
        <translation>Vente de tickets — %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>In the wallet</source>
        <translation>Dans le porte-monnaie</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&apos;color:#777&apos;&gt;(%2)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&apos;color:#777&apos;&gt;(%2)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Number of tickets. Page Up: +10.</source>
        <translation>Nombre de tickets. Page précédente : +10.</translation>
    </message>
    <message>
        <source>Add a pack of %1 tickets</source>
        <translation>Ajouter un carnet de %1 tickets</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Order — %1</source>
        <translation>Commande — %1</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Total à payer</translation>
    </message>
    <message>
        <source>Confirming creates a numbered invoice for this amount. The tickets are added to the wallet once the invoice is paid.</source>
        <translation>La confirmation crée une facture numérotée de ce montant. Les tickets sont ajoutés au porte-monnaie une fois la facture réglée.</translation>
    </message>
    <message>
        <source>Review the order</source>
        <translation>Récapitulatif de la commande</translation>
    </message>
    <message>
        <source>School year %1 — bracket: &lt;b&gt;%2&lt;/b&gt; — %3</source>
        <translation>Année scolaire %1 — tranche : &lt;b&gt;%2&lt;/b&gt; — %3</translation>
    </message>
    <message>
        <source>no bracket</source>
        <translation>sans tranche</translation>
    </message>
    <message>
        <source>No payer designated</source>
        <translation>Aucun payeur désigné</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 (school year %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 (année scolaire %3)</translation>
    </message>
    <message>
        <source>Invoice %1 created.</source>
        <translation>Facture %1 créée.</translation>
    </message>
    <message>
        <source>Close — pay later</source>
        <translation>Fermer — régler plus tard</translation>
    </message>
    <message>
        <source>Payment of invoice %1 — %2</source>
        <translation>Règlement de la facture %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>This family owes %1 on invoice %2. F10: take that payment first.</source>
        <translation>
            <numerusform>Cette famille doit %1 sur la facture %2. F10 : encaissez d&apos;abord ce paiement.</numerusform>
            <numerusform>Cette famille doit %1 sur les factures %2. F10 : encaissez d&apos;abord ces paiements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::SchoolYearsDialog</name>
    <message>
        <source>New school year</source>
        <translation>Nouvelle année scolaire</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>School years</source>
        <translation>Années scolaires</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Année scolaire</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Bookings open</source>
        <translation>Ouverture des réservations</translation>
    </message>
    <message>
        <source>e.g. 2027-2028</source>
        <translation>par ex. 2027-2028</translation>
    </message>
    <message>
        <source>First day of school</source>
        <translation>Jour de la rentrée</translation>
    </message>
    <message>
        <source>Last day of school</source>
        <translation>Dernier jour de classe</translation>
    </message>
    <message>
        <source>Bookings open on</source>
        <translation>Ouverture des réservations le</translation>
    </message>
    <message>
        <source>School year %1</source>
        <translation>Année scolaire %1</translation>
    </message>
    <message>
        <source>Add the school year</source>
        <translation>Ajouter l&apos;année scolaire</translation>
    </message>
    <message>
        <source>School year %1 added.</source>
        <translation>Année scolaire %1 ajoutée.</translation>
    </message>
    <message>
        <source>School year %1 saved.</source>
        <translation>Année scolaire %1 enregistrée.</translation>
    </message>
</context>
<context>
    <name>guichet::SearchPanel</name>
    <message>
        <source>Search for a family: name, first name, phone, email, file no., INE  (Ctrl+F)</source>
        <translation>Rechercher une famille : nom, prénom, téléphone, courriel, n° de dossier, INE  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type a few letters: results appear as you type.</source>
        <translation>Tapez quelques lettres : les résultats s&apos;affichent au fur et à mesure de la saisie.</translation>
    </message>
    <message>
        <source>No family matches &quot;%1&quot;. Check the spelling or create the household (Ctrl+N).</source>
        <translation>Aucune famille ne correspond à « %1 ». Vérifiez l&apos;orthographe ou créez le foyer (Ctrl+N).</translation>
    </message>
    <message>
        <source>First 50 families: type more to narrow down.</source>
        <translation>50 premières familles : complétez la saisie pour affiner.</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) found.</source>
        <translation>
            <numerusform>%n famille trouvée.</numerusform>
            <numerusform>%n familles trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name, phone, email, file no., INE (F2)</source>
        <translation>Nom, tél., e-mail, n° dossier, INE (F2)</translation>
    </message>
</context>
<context>
    <name>guichet::SearchResultModel</name>
    <message>
        <source>file no. %1</source>
        <translation>dossier n° %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Children (class, school)</source>
        <translation>Enfants (classe, école)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owes %1</source>
        <translation>Doit %1</translation>
    </message>
    <message>
        <source>Exact file number</source>
        <translation>N° de dossier exact</translation>
    </message>
    <message>
        <source>Exact INE</source>
        <translation>INE exact</translation>
    </message>
    <message>
        <source>Exact phone number</source>
        <translation>Téléphone exact</translation>
    </message>
    <message>
        <source>Exact email</source>
        <translation>E-mail exact</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>Doit</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
</context>
<context>
    <name>guichet::StatementDialog</name>
    <message>
        <source>Statement for the public accountant</source>
        <translation>Relevé pour le comptable public</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Aperçu et impression…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>Takings by activity and by means of payment, cheque deposits and closures of the period.</source>
        <translation>Encaissements par activité et par moyen de paiement, remises de chèques et clôtures de la période.</translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation>Enregistrer le relevé</translation>
    </message>
    <message>
        <source>statement-%1-%2.csv</source>
        <translation>releve-%1-%2.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2. Choose another folder.</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit : %2. Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>guichet::SyncStatus</name>
    <message>
        <source>This counter has no central database: an administrator sets it in Administration › Central database.</source>
        <translation>Ce guichet n&apos;a pas de base centrale : un administrateur la règle dans Administration › Base centrale.</translation>
    </message>
    <message>
        <source>Sync: under way…</source>
        <translation>Synchro : en cours…</translation>
    </message>
    <message>
        <source>Last sync %1: %2 sent, %3 received.</source>
        <translation>Dernière synchronisation %1 : %2 envoyés, %3 reçus.</translation>
    </message>
    <message>
        <source>Sync of %1 failed: %2</source>
        <translation>La synchronisation de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Sync: this counter works alone</source>
        <translation>Synchro : ce guichet travaille seul</translation>
    </message>
    <message>
        <source>Sync: offline</source>
        <translation>Synchro : hors ligne</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n conflict(s) to settle</source>
        <translation>
            <numerusform>Synchro : %n conflit à trancher</numerusform>
            <numerusform>Synchro : %n conflits à trancher</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: up to date</source>
        <translation>Synchro : à jour</translation>
    </message>
    <message>
        <source>Sync: not yet</source>
        <translation>Synchro : pas encore</translation>
    </message>
    <message>
        <source>The counter goes on; nothing is lost.</source>
        <translation>Le guichet continue ; rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Click to settle the conflicts (Family › Sync conflicts).</source>
        <translation>Cliquez pour trancher les conflits (Famille › Conflits de synchronisation).</translation>
    </message>
    <message numerus="yes">
        <source>Family › Synchronise now; otherwise every %n minute(s).</source>
        <translation>
            <numerusform>Famille › Synchroniser maintenant ; sinon toutes les %n minute.</numerusform>
            <numerusform>Famille › Synchroniser maintenant ; sinon toutes les %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This counter receives the town&apos;s files, bookings and tickets from the central database. It is ready once this is done.</source>
        <translation>Ce guichet reçoit de la base centrale les dossiers, réservations et tickets de la commune. Il sera prêt une fois la réception terminée.</translation>
    </message>
    <message>
        <source>First sync of this counter</source>
        <translation>Première synchronisation de ce guichet</translation>
    </message>
    <message>
        <source>Sync: the first one to run</source>
        <translation>Synchro : la première reste à lancer</translation>
    </message>
    <message>
        <source>The first sync brings the whole town to this counter, which waits for it (minutes for a big town): run it with Family › Synchronise now, or guichet-cli sync before opening the window.</source>
        <translation>La première synchronisation apporte toute la commune à ce guichet, qui l&apos;attend (quelques minutes pour une grande ville) : lancez-la par Famille › Synchroniser maintenant, ou par guichet-cli sync avant d&apos;ouvrir la fenêtre.</translation>
    </message>
</context>
<context>
    <name>guichet::TariffsDialog</name>
    <message>
        <source>Add a bracket</source>
        <translation>Ajouter une tranche</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Save the brackets</source>
        <translation>Enregistrer les tranches</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Save the prices</source>
        <translation>Enregistrer les prix</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>Tarifs</translation>
    </message>
    <message>
        <source>A household&apos;s bracket comes from its payer&apos;s QF with a proof dated within one year before the start of the school year; otherwise the highest bracket applies. Non-residents pay the non-resident price.</source>
        <translation>La tranche d&apos;un foyer découle du QF de son payeur, justifié par une attestation datée de moins d&apos;un an avant le début de l&apos;année scolaire ; à défaut, la tranche la plus haute s&apos;applique. Les non-résidents paient le tarif non-résident.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Up to QF (inclusive)</source>
        <translation>QF jusqu&apos;à (inclus)</translation>
    </message>
    <message>
        <source>QF brackets</source>
        <translation>Tranches de QF</translation>
    </message>
    <message>
        <source>In increasing order; the last bracket has no upper bound. Brackets can no longer change once the year has invoices.</source>
        <translation>Par ordre croissant ; la dernière tranche n&apos;a pas de plafond. Les tranches ne peuvent plus être modifiées dès que l&apos;année a des factures.</translation>
    </message>
    <message>
        <source>Unit price of a ticket</source>
        <translation>Prix unitaire d&apos;un ticket</translation>
    </message>
    <message>
        <source>Type euros and cents, e.g. 4,15. A grey cell has no price yet: the activity cannot be sold at that rate.</source>
        <translation>Saisissez des euros et des centimes, par ex. 4,15. Une cellule grise n&apos;a pas encore de prix : l&apos;activité ne peut pas être vendue à ce tarif.</translation>
    </message>
    <message>
        <source>&amp;School year</source>
        <translation>&amp;Année scolaire</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Some changes to the tariffs of %1 have not been saved. Discard them?</source>
        <translation>Certaines modifications des tarifs %1 n&apos;ont pas été enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <source>From %1 to %2 — bookings open on %3.</source>
        <translation>Du %1 au %2 — ouverture des réservations le %3.</translation>
    </message>
    <message>
        <source>No school year yet: add one under Administration › School years.</source>
        <translation>Aucune année scolaire pour l&apos;instant : ajoutez-en une dans Administration › Années scolaires.</translation>
    </message>
    <message>
        <source>no upper bound</source>
        <translation>sans plafond</translation>
    </message>
    <message>
        <source>“%1” is not a QF: type each upper bound as a whole number, e.g. 600. Nothing was saved.</source>
        <translation>« %1 » n&apos;est pas un QF : saisissez chaque plafond sous la forme d&apos;un nombre entier, par ex. 600. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Brackets saved. Each bracket keeps its prices; fill in the grey cells of a new one.</source>
        <translation>Tranches enregistrées. Chaque tranche conserve ses prix ; complétez les cellules grises d&apos;une nouvelle tranche.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Residents
%1</source>
        <translation>Résidents
%1</translation>
    </message>
    <message>
        <source>Non-residents</source>
        <translation>Non-résidents</translation>
    </message>
    <message>
        <source>Residents whose QF is at most %1</source>
        <translation>Résidents dont le QF est inférieur ou égal à %1</translation>
    </message>
    <message>
        <source>Residents in the highest bracket, including those without a valid QF proof</source>
        <translation>Résidents de la tranche la plus haute, y compris ceux sans attestation de QF valide</translation>
    </message>
    <message>
        <source>Households living outside the commune</source>
        <translation>Foyers domiciliés hors de la commune</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>Type a price, e.g. 4,15: a price cannot be left empty.</source>
        <translation>Saisissez un prix, par ex. 4,15 : un prix ne peut pas rester vide.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: type euros and cents, e.g. 4,15.</source>
        <translation>« %1 » n&apos;est pas un montant : saisissez des euros et des centimes, par ex. 4,15.</translation>
    </message>
    <message>
        <source>Changed, not saved yet (was %1).</source>
        <translation>Modifié, pas encore enregistré (ancien prix : %1).</translation>
    </message>
    <message>
        <source>New price, not saved yet.</source>
        <translation>Nouveau prix, pas encore enregistré.</translation>
    </message>
    <message>
        <source>No price: this activity cannot be sold at this rate.</source>
        <translation>Aucun prix : cette activité ne peut pas être vendue à ce tarif.</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) not saved yet.</source>
        <translation>
            <numerusform>%n prix pas encore enregistré.</numerusform>
            <numerusform>%n prix pas encore enregistrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) cannot be read: correct the cells in red (type euros and cents, e.g. 4,15). Nothing was saved.</source>
        <translation>
            <numerusform>%n prix illisible : corrigez les cellules en rouge (saisissez des euros et des centimes, par ex. 4,15). Rien n&apos;a été enregistré.</numerusform>
            <numerusform>%n prix illisibles : corrigez les cellules en rouge (saisissez des euros et des centimes, par ex. 4,15). Rien n&apos;a été enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>No price was changed.</source>
        <translation>Aucun prix n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) saved.</source>
        <translation>
            <numerusform>%n prix enregistré.</numerusform>
            <numerusform>%n prix enregistrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) refused, in red:</source>
        <translation>
            <numerusform>%n prix refusé, en rouge :</numerusform>
            <numerusform>%n prix refusés, en rouge :</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the brackets and prices of %1</source>
        <translation>Copier les tranches et les prix de %1</translation>
    </message>
    <message>
        <source>Brackets and prices copied: change what is different this year, then save.</source>
        <translation>Tranches et prix copiés : modifiez ce qui change cette année, puis enregistrez.</translation>
    </message>
    <message>
        <source>Tickets have been sold for this school year: its brackets are fixed. Prices can still change.</source>
        <translation>Des tickets ont été vendus pour cette année scolaire : ses tranches sont figées. Les prix peuvent encore changer.</translation>
    </message>
</context>
<context>
    <name>guichet::TicketsView</name>
    <message>
        <source>&amp;Sell tickets…</source>
        <translation>&amp;Vendre des tickets…</translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation>&amp;Encaisser…</translation>
    </message>
    <message>
        <source>Credit &amp;note…</source>
        <translation>Av&amp;oir…</translation>
    </message>
    <message>
        <source>Print &amp;invoice</source>
        <translation>&amp;Imprimer la facture</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Aperç&amp;u</translation>
    </message>
    <message>
        <source>Save as P&amp;DF</source>
        <translation>Enregistrer en &amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Reprint receipt</source>
        <translation>&amp;Réimprimer le reçu</translation>
    </message>
    <message>
        <source>Sell tickets to this household (F9)</source>
        <translation>Vendre des tickets à ce foyer (F9)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Règlements</translation>
    </message>
    <message>
        <source>Ticket movements</source>
        <translation>Mouvements de tickets</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Réglé</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode de règlement</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) of %1 in the wallet</source>
        <translation>
            <numerusform>%1 : %n ticket dans le porte-monnaie</numerusform>
            <numerusform>%1 : %n tickets dans le porte-monnaie</numerusform>
        </translation>
    </message>
    <message>
        <source>handed over %1, change %2</source>
        <translation>remis %1, rendu %2</translation>
    </message>
    <message>
        <source>cheque no. %1, %2, drawer %3</source>
        <translation>chèque n° %1, %2, tireur %3</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>référence %1</translation>
    </message>
    <message>
        <source>Tickets: none</source>
        <translation>Tickets : aucun</translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation>Tickets : %1</translation>
    </message>
    <message>
        <source>Invoice %1 paid (receipt %2, change %3): the tickets are in the wallet.</source>
        <translation>Facture %1 réglée (reçu %2, monnaie rendue %3) : les tickets sont dans le porte-monnaie.</translation>
    </message>
    <message>
        <source>Invoice %1: %2 paid (receipt %3), %4 still due.</source>
        <translation>Facture %1 : %2 réglé (reçu %3), reste dû %4.</translation>
    </message>
    <message>
        <source>Invoice %1 is waiting for payment (%2 due): use &quot;Pay…&quot; when the family pays.</source>
        <translation>La facture %1 est en attente de règlement (%2 à payer) : utilisez « Encaisser… » quand la famille paie.</translation>
    </message>
    <message>
        <source>Select an invoice in the list first.</source>
        <translation>Sélectionnez d&apos;abord une facture dans la liste.</translation>
    </message>
    <message>
        <source>Credit note %1 issued on invoice %2: %3.</source>
        <translation>Avoir %1 émis sur la facture %2 : %3.</translation>
    </message>
    <message>
        <source>Select a payment in the list first.</source>
        <translation>Sélectionnez d&apos;abord un règlement dans la liste.</translation>
    </message>
    <message>
        <source>Tickets are sold once the file is validated (it is &quot;%1&quot;).</source>
        <translation>Les tickets se vendent une fois le dossier validé (il est « %1 »).</translation>
    </message>
    <message>
        <source>invoice %1 — %2</source>
        <translation>facture %1 — %2</translation>
    </message>
    <message>
        <source>Invoice %1 paid (receipt %2): the tickets are in the wallet.</source>
        <translation>Facture %1 réglée (reçu %2) : les tickets sont dans le porte-monnaie.</translation>
    </message>
    <message>
        <source>%1 owed</source>
        <translation>%1 dû(s)</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) of %1 used and not yet paid: the next ones bought go to them</source>
        <translation>
            <numerusform>%n ticket de %1 utilisé et pas encore payé : les prochains achetés iront d&apos;abord à lui</numerusform>
            <numerusform>%n tickets de %1 utilisés et pas encore payés : les prochains achetés iront d&apos;abord à eux</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 owed</source>
        <translation>%1 %2 dû(s)</translation>
    </message>
</context>
<context>
    <name>guichet::TillCountDialog</name>
    <message>
        <source>Close the till: cash count</source>
        <translation>Fermer la caisse : comptage</translation>
    </message>
    <message numerus="yes">
        <source>Till opened on %1 by %2.
Float %3 + cash taken %4 − change given %5 = expected cash %6.
Also taken: cheques %7 (%n cheque(s)), bank cards %8.</source>
        <translation>
            <numerusform>Caisse ouverte le %1 par %2.
Fonds de caisse %3 + espèces reçues %4 − monnaie rendue %5 = espèces attendues %6.
Également encaissé : chèques %7 (%n chèque), cartes bancaires %8.</numerusform>
            <numerusform>Caisse ouverte le %1 par %2.
Fonds de caisse %3 + espèces reçues %4 − monnaie rendue %5 = espèces attendues %6.
Également encaissé : chèques %7 (%n chèques), cartes bancaires %8.</numerusform>
        </translation>
    </message>
    <message>
        <source>The till is not open: there is nothing to count.</source>
        <translation>La caisse n&apos;est pas ouverte : il n&apos;y a rien à compter.</translation>
    </message>
    <message>
        <source>Required when the count differs from the expected cash</source>
        <translation>Obligatoire quand le comptage diffère des espèces attendues</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>&amp;Close the till (final)</source>
        <translation>&amp;Fermer la caisse (définitif)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>Refunds paid in cash: %n refund(s), %1 (taken out of the expected cash).</source>
        <translation>
            <numerusform>Remboursements en espèces : %n remboursement, %1 (déduit des espèces attendues).</numerusform>
            <numerusform>Remboursements en espèces : %n remboursements, %1 (déduits des espèces attendues).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::TillOpenDialog</name>
    <message>
        <source>Open the till</source>
        <translation>Ouvrir la caisse</translation>
    </message>
    <message>
        <source>Count the float put in the till: it is what the till must hold, with the cash taken, when it is closed tonight.</source>
        <translation>Comptez le fonds mis en caisse : avec les espèces encaissées, c&apos;est ce que la caisse devra contenir à sa fermeture ce soir.</translation>
    </message>
    <message>
        <source>Float (fonds de caisse)</source>
        <translation>Fonds de caisse</translation>
    </message>
    <message>
        <source>&amp;Open the till</source>
        <translation>&amp;Ouvrir la caisse</translation>
    </message>
    <message>
        <source>Type the float in euros, e.g. 150,00.</source>
        <translation>Tapez le fonds de caisse en euros, par ex. 150,00.</translation>
    </message>
</context>
<context>
    <name>guichet::UsersDialog</name>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Disable the selected user</source>
        <translation>&amp;Désactiver l&apos;utilisateur choisi</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Name (on documents):</source>
        <translation>&amp;Nom (sur les documents) :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;Encore une fois :</translation>
    </message>
    <message>
        <source>&amp;Add the user</source>
        <translation>&amp;Ajouter l&apos;utilisateur</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>Les deux mots de passe diffèrent : tapez deux fois le même.</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Utilisateur %1 ajouté.</translation>
    </message>
    <message>
        <source>Select a user in the list first.</source>
        <translation>Choisissez d&apos;abord un utilisateur dans la liste.</translation>
    </message>
    <message>
        <source>User %1 disabled: they can no longer log in.</source>
        <translation>Utilisateur %1 désactivé : il ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>Reset the selected user&apos;s &amp;password…</source>
        <translation>Nouveau mot de &amp;passe pour l&apos;utilisateur choisi…</translation>
    </message>
    <message>
        <source>Select the user whose password to reset.</source>
        <translation>Choisissez l&apos;utilisateur dont il faut changer le mot de passe.</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>Le mot de passe de %1 est changé.</translation>
    </message>
</context>
<context>
    <name>guichet::WelcomePage</name>
    <message>
        <source>Today at this counter</source>
        <translation>Aujourd&apos;hui à ce guichet</translation>
    </message>
    <message>
        <source>Families opened last</source>
        <translation>Familles ouvertes récemment</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>find a family: name, phone, email, file no., INE — Enter opens it</source>
        <translation>rechercher une famille : nom, téléphone, e-mail, n° de dossier, INE — Entrée l&apos;ouvre</translation>
    </message>
    <message>
        <source>back to the search from a file</source>
        <translation>revenir à la recherche depuis un dossier</translation>
    </message>
    <message>
        <source>new household</source>
        <translation>nouveau foyer</translation>
    </message>
    <message>
        <source>sell tickets to the open file</source>
        <translation>vendre des tickets au dossier ouvert</translation>
    </message>
    <message>
        <source>take the payment of what the family owes</source>
        <translation>encaisser ce que la famille doit</translation>
    </message>
    <message>
        <source>next customer: closes everything, back to the search</source>
        <translation>client suivant : ferme tout, retour à la recherche</translation>
    </message>
    <message>
        <source>the file&apos;s tabs</source>
        <translation>les onglets du dossier</translation>
    </message>
    <message>
        <source>at the payment: all in cash, by cheque, by card</source>
        <translation>au paiement : tout en espèces, par chèque, par carte</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Takings: none yet</source>
        <translation>Encaissements : aucun pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>Takings: %1 (%2) — %n receipt(s)</source>
        <translation>
            <numerusform>Encaissements : %1 (%2) — %n reçu</numerusform>
            <numerusform>Encaissements : %1 (%2) — %n reçus</numerusform>
        </translation>
    </message>
    <message>
        <source>file no. %1</source>
        <translation>dossier n° %1</translation>
    </message>
    <message numerus="yes">
        <source>Sales: %n invoice(s) (%1)</source>
        <translation>
            <numerusform>Ventes : %n facture (%1)</numerusform>
            <numerusform>Ventes : %n factures (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpaid invoices in the commune: %n (%1)</source>
        <translation>
            <numerusform>Factures impayées dans la commune : %n (%1)</numerusform>
            <numerusform>Factures impayées dans la commune : %n (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aucune pour l&apos;instant.</translation>
    </message>
    <message>
        <source>the day: attendance (P, A, E) and the kitchen&apos;s counts</source>
        <translation>la journée : présences (P, A, E) et comptes de la cuisine</translation>
    </message>
    <message>
        <source>lock the counter (it also locks itself when left unused)</source>
        <translation>verrouiller le guichet (il se verrouille aussi seul s&apos;il reste inutilisé)</translation>
    </message>
</context>
</TS>
