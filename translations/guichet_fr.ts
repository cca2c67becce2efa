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
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Guichet Périscolaire, command line.

Commands:
  demo      create a demonstration database
  search    find households (text to search follows)
  version   print the program and schema versions</source>
        <translation>Guichet Périscolaire, ligne de commande.

Commandes :
  demo      crée une base de données de démonstration
  search    recherche des foyers (suivi du texte à rechercher)
  version   affiche les versions du programme et du schéma</translation>
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
        <source>demo, search or version</source>
        <translation>demo, search ou version</translation>
    </message>
    <message>
        <source>Guichet Périscolaire %1, database schema %2</source>
        <translation>Guichet Périscolaire %1, schéma de base de données %2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Use demo, search or version (see --help).</source>
        <translation>Commande « %1 » inconnue. Utilisez demo, search ou version (voir --help).</translation>
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
    <message>
        <source>Demo database %1: %2 households, %3 children, %4 in shared custody.</source>
        <translation>Base de démonstration %1 : %2 foyers, %3 enfants, dont %4 en garde alternée.</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) found.</source>
        <translation>
            <numerusform>%n foyer trouvé.</numerusform>
            <numerusform>%n foyers trouvés.</numerusform>
        </translation>
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
        <source>The file %1 is not a Guichet database or it is damaged. Restore the latest backup or ask your IT support; the file was not changed.</source>
        <translation>Le fichier %1 n&apos;est pas une base de données Guichet ou il est endommagé. Restaurez la dernière sauvegarde ou contactez votre service informatique ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Guichet Périscolaire (schema %2; this version knows schema %3). Install the latest version of the program; the database was not changed.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Guichet Périscolaire (schéma %2 ; cette version connaît le schéma %3). Installez la dernière version du programme ; la base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The database %1 cannot be prepared for writing (journal). Check that the file and its folder are writable.</source>
        <translation>La base de données %1 ne peut pas être préparée pour l&apos;écriture (journal). Vérifiez que le fichier et son répertoire sont accessibles en écriture.</translation>
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
        <source>One field needs correcting; nothing was saved.</source>
        <translation>Un champ est à corriger ; rien n&apos;a été enregistré.</translation>
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
</context>
<context>
    <name>FamilyValidator</name>
    <message>
        <source>Required: type the name as written on the identity papers.</source>
        <translation>Obligatoire : saisissez le nom tel qu&apos;il figure sur les pièces d&apos;identité.</translation>
    </message>
    <message>
        <source>Too long: %1 characters at most (%2 typed).</source>
        <translation>Trop long : %1 caractères au maximum (%2 saisis).</translation>
    </message>
    <message>
        <source>One field needs correcting; nothing was saved.</source>
        <translation>Un champ est à corriger ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1 fields need correcting; nothing was saved.</source>
        <translation>%1 champs sont à corriger ; rien n&apos;a été enregistré.</translation>
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
        <source>One field needs correcting; nothing was saved.</source>
        <translation>Un champ est à corriger ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Type the birth date as DD/MM/YYYY.</source>
        <translation>Saisissez la date de naissance au format JJ/MM/AAAA.</translation>
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
    <message>
        <source>Some fields need correcting; nothing was saved.</source>
        <translation>Certains champs sont à corriger ; rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>guichet::MainWindow</name>
    <message>
        <source>Guichet Périscolaire — %1</source>
        <translation>Guichet Périscolaire — %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to the counter&lt;/h2&gt;&lt;p&gt;Find a family: type a name, a phone number, an email, a file number or an INE in the search field (&lt;b&gt;Ctrl+F&lt;/b&gt; or &lt;b&gt;F2&lt;/b&gt;), then press &lt;b&gt;Enter&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;A new family: &lt;b&gt;Ctrl+N&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue au guichet&lt;/h2&gt;&lt;p&gt;Rechercher une famille : tapez un nom, un numéro de téléphone, un courriel, un numéro de dossier ou un INE dans le champ de recherche (&lt;b&gt;Ctrl+F&lt;/b&gt; ou &lt;b&gt;F2&lt;/b&gt;), puis appuyez sur &lt;b&gt;Entrée&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Nouvelle famille : &lt;b&gt;Ctrl+N&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database: %1 — schema %2</source>
        <translation>Base de données : %1 — schéma %2</translation>
    </message>
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
        <translation>&amp;Aide</translation>
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
</context>
</TS>
