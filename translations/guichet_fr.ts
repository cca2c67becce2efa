<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <source>Guichet Périscolaire, the counter application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet Périscolaire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to this household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detached from this household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of use accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Règlement intérieur accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAF number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family quotient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the quotient proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAI details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May leave alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAI (individual care plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May leave alone at the end of the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 characters, e.g. 1234567890A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Girl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the PAI requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted persons allowed to pick the child up (identity checked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contacts, in call order — guardians first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity and school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health and diet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One field needs correcting; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the birth date as DD/MM/YYYY.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of households to create (demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed of the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum number of results (search).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo, search or version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet Périscolaire %1, database schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Use demo, search or version (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet Périscolaire %1, database schema %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--households takes a number between 1 and 200000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database %1: %2 households, %3 children, %4 in shared custody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 does not exist. Check the path given with --database or in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another location for the database or ask your IT support for write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a database file. Give the path of a .sqlite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 cannot be read (access denied). Ask your IT support to give this account access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is read-only: the counter needs to write to it and to its folder. Ask your IT support to give this account write access; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is already open in another Guichet window (process %2 on %3). Use that window, or close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock file next to the database %1 cannot be created. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened (%2). Check the file and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Guichet database or it is damaged. Restore the latest backup or ask your IT support; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Guichet Périscolaire (schema %2; this version knows schema %3). Install the latest version of the program; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be prepared for writing (journal). Check that the file and its folder are writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyFileView</name>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record acceptance of the current terms and règlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School and class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a child of another household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given to the family: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To validate this file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resident (non-resident tariffs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of use: not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of use: version %1, accepted on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Règlement intérieur: not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Règlement intérieur: version %1, accepted on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (proof of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, file no. %2 (payer %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance of the terms of use and of the règlement intérieur recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a guardian in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now the payer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a child in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INE of the child already registered in the other household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child attached: the file shows both households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child detached from this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File submitted to the school-affairs office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File validated: the family can book once plannings open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the file to the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must the family correct? They will read this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File returned to the family with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyService</name>
    <message>
        <source>This family file does not exist (any more). Search for the family again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was changed meanwhile (on another counter or window). Reopen it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guardian is not in this family file any more. Reopen the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household always has one payer: to change it, make another guardian the payer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guardian was changed meanwhile (on another counter or window). Reopen the file and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the payer: make another guardian the payer before removing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an emergency contact of %2: choose another contact for the child first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One field needs correcting; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This INE already belongs to %1 (file no. %2). For shared custody, attach that child to this household instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a school from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This child is not in this family file any more. Reopen the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An emergency contact chosen among the guardians is not a guardian of this child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This child&apos;s record was changed meanwhile (on another counter or window). Reopen the file and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the diet from the list offered by the town hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This child does not exist (any more). Search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already belongs to two households (shared custody); detach one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An INE has 11 characters: 10 digits or letters then a letter (for example 1234567890A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child has the INE %1. Check it on the school certificate, or add the child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This child is not in this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs only to this household and cannot be detached from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the family must correct: the reason is shown to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the family reads this reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file that is &quot;%1&quot; cannot be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is already validated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be validated yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file that is &quot;%1&quot; cannot be returned to the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file cannot go back to draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyValidator</name>
    <message>
        <source>Required: type the name as written on the identity papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: %1 characters at most (%2 typed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One field needs correcting; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields need correcting; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address: it should look like name@example.fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A French postal code has 5 digits, for example 62500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family must accept the terms of use to open an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family must accept the règlement intérieur to open an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Mme, M. or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a phone number: type 10 digits (06 12 34 56 78) or an international number (+32 …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family quotient is a whole number between 0 and 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the CAF certificate proving the quotient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the proof cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the birth date as DD/MM/YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pupil of a nursery or primary school is between 1 and 16 years old: check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose girl or boy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An INE has 11 characters: 10 digits or letters then a letter (for example 1234567890A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a class level from PS to CM2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what the PAI requires from the staff (e.g. emergency kit in the office).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each trusted person needs a last and first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number of %1 %2 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each emergency contact who is not a guardian needs a name and a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileWorkflow</name>
    <message>
        <source>Add at least one child attending a public school of the town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designate one guardian as the payer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an emergency contact for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family must accept the règlement intérieur (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family accepted version %1 of the règlement intérieur; it must accept the current version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardianDialog</name>
    <message>
        <source>Payer of the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mrs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mother, father, guardian…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAF number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family quotient (QF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the QF proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family quotient is a whole number, e.g. 742.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as DD/MM/YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need correcting; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The program is incomplete (migration %1 missing). Reinstall it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be upgraded to schema %1; it was left as it was. Send the program&apos;s log to your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New household account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family accepts the terms of use (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family accepts the règlement intérieur (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer&apos;s last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search a family: name, first name, phone, email, file no., INE  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters: results appear as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family matches &quot;%1&quot;. Check the spelling or create the household (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First 50 families: type more to narrow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children (class, school)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database is busy with another operation. Wait a moment and try again; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only: nothing was saved. Ask your IT support to give this account write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged: nothing was saved. Stop working on this computer and call your IT support to restore the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the operation; nothing was saved. Try again, and if it happens again send the program&apos;s log to your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::MainWindow</name>
    <message>
        <source>Guichet Périscolaire — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to the counter&lt;/h2&gt;&lt;p&gt;Find a family: type a name, a phone number, an email, a file number or an INE in the search field (&lt;b&gt;Ctrl+F&lt;/b&gt; or &lt;b&gt;F2&lt;/b&gt;), then press &lt;b&gt;Enter&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;A new family: &lt;b&gt;Ctrl+N&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 — schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Guichet Périscolaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Guichet Périscolaire&lt;/b&gt; %1&lt;br&gt;Counter application for the periscolaire services (cantine, garderie, étude).&lt;br&gt;Database schema %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
