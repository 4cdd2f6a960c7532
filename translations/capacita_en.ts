<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddParticipantCommand</name>
    <message>
        <source>New participant</source>
        <translation>New participant</translation>
    </message>
</context>
<context>
    <name>AddSessionCommand</name>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
</context>
<context>
    <name>AddTrainingCommand</name>
    <message>
        <source>New training %1</source>
        <translation>New training %1</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>is too short: use at least 12 characters (several words are best).</source>
        <translation>is too short: use at least 12 characters (several words are best).</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Not enough memory to derive the key from the passphrase.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk is full or failing (%1); nothing was changed.</source>
        <translation>The disk is full or failing (%1); nothing was changed.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>The database reported an error: %1</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Capacita database (it is not an SQLite file); it was left untouched.</source>
        <translation>%1 is not a Capacita database (it is not an SQLite file); it was left untouched.</translation>
    </message>
    <message>
        <source>%1 is not a Capacita database; it was left untouched.</source>
        <translation>%1 is not a Capacita database; it was left untouched.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Capacita (schema %2, this program knows %3). Install the newer version to open it; the file was left untouched.</source>
        <translation>%1 was written by a newer version of Capacita (schema %2, this program knows %3). Install the newer version to open it; the file was left untouched.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2). Restore the newest backup: in Capacita, choose it when asked; from the command line, capacita-cli backup restore --latest. A copy of the damaged file is kept.</source>
        <translation>The database file %1 is damaged (%2). Restore the newest backup: in Capacita, choose it when asked; from the command line, capacita-cli backup restore --latest. A copy of the damaged file is kept.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Close Capacita and restore the newest backup (Settings, Backups; or capacita-cli backup restore --latest).</source>
        <translation>The database file is damaged (%1). Close Capacita and restore the newest backup (Settings, Backups; or capacita-cli backup restore --latest).</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, and no backup could be made first, so it was left as it was: %2</source>
        <translation>%1 needs an upgrade, and no backup could be made first, so it was left as it was: %2</translation>
    </message>
</context>
<context>
    <name>DeleteParticipantCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
</context>
<context>
    <name>DeleteSessionCommand</name>
    <message>
        <source>Delete session</source>
        <translation>Delete session</translation>
    </message>
</context>
<context>
    <name>DeleteTrainingCommand</name>
    <message>
        <source>Delete training %1</source>
        <translation>Delete training %1</translation>
    </message>
</context>
<context>
    <name>EditParticipantCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>EditSessionCommand</name>
    <message>
        <source>Edit session</source>
        <translation>Edit session</translation>
    </message>
</context>
<context>
    <name>EditTrainingCommand</name>
    <message>
        <source>Edit training %1</source>
        <translation>Edit training %1</translation>
    </message>
</context>
<context>
    <name>EnrollCommand</name>
    <message>
        <source>Enrol in training</source>
        <translation>Enrol in training</translation>
    </message>
    <message>
        <source>The person is already enrolled in this training.</source>
        <translation>The person is already enrolled in this training.</translation>
    </message>
</context>
<context>
    <name>RowWriter</name>
    <message>
        <source>%1 was erased permanently at the person&apos;s request and cannot be changed or restored.</source>
        <translation>%1 was erased permanently at the person&apos;s request and cannot be changed or restored.</translation>
    </message>
    <message>
        <source>No record with id %1.</source>
        <translation>No record with id %1.</translation>
    </message>
</context>
<context>
    <name>UnenrollCommand</name>
    <message>
        <source>Remove from training</source>
        <translation>Remove from training</translation>
    </message>
</context>
<context>
    <name>capacita</name>
    <message>
        <source>Cannot build the workbook: %1.</source>
        <translation>Cannot build the workbook: %1.</translation>
    </message>
    <message>
        <source>Cannot build the workbook: the archive came out empty.</source>
        <translation>Cannot build the workbook: the archive came out empty.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private to this user: %2</source>
        <translation>Cannot make %1 private to this user: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 (is the disk or USB stick full?): %2. Any earlier file there was left as it was.</source>
        <translation>Cannot write %1 (is the disk or USB stick full?): %2. Any earlier file there was left as it was.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes) to be what was expected.</source>
        <translation>%1 is too large (%2 bytes) to be what was expected.</translation>
    </message>
    <message>
        <source>No participant with id %1.</source>
        <translation>No participant with id %1.</translation>
    </message>
    <message>
        <source>%1 was erased permanently at the person&apos;s request; nothing about them is held any more.</source>
        <translation>%1 was erased permanently at the person&apos;s request; nothing about them is held any more.</translation>
    </message>
</context>
<context>
    <name>capacita::AboutDialog</name>
    <message>
        <source>About Capacita</source>
        <translation>About Capacita</translation>
    </message>
    <message>
        <source>Training records of a counter-trafficking programme. It works offline; laptops exchange their records by USB.</source>
        <translation>Training records of a counter-trafficking programme. It works offline; laptops exchange their records by USB.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Dataset:</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>None yet: this laptop has not created or joined a dataset.</source>
        <translation>None yet: this laptop has not created or joined a dataset.</translation>
    </message>
    <message>
        <source>This laptop:</source>
        <translation>This laptop:</translation>
    </message>
    <message>
        <source>%1 (site id %2)</source>
        <translation>%1 (site id %2)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Backups:</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Qt version:</translation>
    </message>
    <message>
        <source>Licences: the district list of Peru (INEI UBIGEO codes) comes from &quot;ubigeo-peru-aumentado&quot; by Jesus M. Castagnetto, MIT licence. Capacita uses Qt (LGPL 3), SQLite (public domain), libsodium (ISC), libzip (BSD) and libxlsxwriter (BSD).</source>
        <translation>Licences: the district list of Peru (INEI UBIGEO codes) comes from &quot;ubigeo-peru-aumentado&quot; by Jesus M. Castagnetto, MIT licence. Capacita uses Qt (LGPL 3), SQLite (public domain), libsodium (ISC), libzip (BSD) and libxlsxwriter (BSD).</translation>
    </message>
</context>
<context>
    <name>capacita::AssessmentGrid</name>
    <message>
        <source>Pre and post test scores</source>
        <translation>Pre and post test scores</translation>
    </message>
    <message>
        <source>Type a score to edit it, Enter stores it and moves down, Delete clears it.</source>
        <translation>Type a score to edit it, Enter stores it and moves down, Delete clears it.</translation>
    </message>
</context>
<context>
    <name>capacita::AssessmentModel</name>
    <message>
        <source>Pre-test</source>
        <translation>Pre-test</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <source>%1 of %2: %3 out of %4</source>
        <translation>%1 of %2: %3 out of %4</translation>
    </message>
    <message>
        <source>%1 of %2: no score yet</source>
        <translation>%1 of %2: no score yet</translation>
    </message>
    <message>
        <source>The pre-test is out of %1 and the post-test out of %2.</source>
        <translation>The pre-test is out of %1 and the post-test out of %2.</translation>
    </message>
    <message>
        <source>Maximum score of the test: %1</source>
        <translation>Maximum score of the test: %1</translation>
    </message>
    <message>
        <source>Post-test minus pre-test: %1 points, %2 of the maximum.</source>
        <translation>Post-test minus pre-test: %1 points, %2 of the maximum.</translation>
    </message>
    <message>
        <source>Attended %1 of %2 sessions (present or late).</source>
        <translation>Attended %1 of %2 sessions (present or late).</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>Pre</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Pre-test score, typed in place. Empty clears it.</source>
        <translation>Pre-test score, typed in place. Empty clears it.</translation>
    </message>
    <message>
        <source>Post-test score, typed in place. Empty clears it.</source>
        <translation>Post-test score, typed in place. Empty clears it.</translation>
    </message>
    <message>
        <source>Maximum score of the test (20 on Peru&apos;s 0-20 scale unless changed).</source>
        <translation>Maximum score of the test (20 on Peru&apos;s 0-20 scale unless changed).</translation>
    </message>
    <message>
        <source>Post minus pre, in points and in % of the maximum.</source>
        <translation>Post minus pre, in points and in % of the maximum.</translation>
    </message>
    <message>
        <source>Share of the training&apos;s sessions attended (present or late).</source>
        <translation>Share of the training&apos;s sessions attended (present or late).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Type a score such as 14 or 14,5.</source>
        <translation>&quot;%1&quot; is not a number. Type a score such as 14 or 14,5.</translation>
    </message>
    <message>
        <source>pre-test</source>
        <translation>pre-test</translation>
    </message>
    <message>
        <source>post-test</source>
        <translation>post-test</translation>
    </message>
    <message>
        <source>Set %1 score of %2</source>
        <translation>Set %1 score of %2</translation>
    </message>
    <message>
        <source>Clear %1 score of %2</source>
        <translation>Clear %1 score of %2</translation>
    </message>
    <message>
        <source>The maximum score must be a number greater than 0.</source>
        <translation>The maximum score must be a number greater than 0.</translation>
    </message>
    <message>
        <source>Set maximum score of %1 to %2</source>
        <translation>Set maximum score of %1 to %2</translation>
    </message>
</context>
<context>
    <name>capacita::AssessmentPage</name>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>&amp;Training:</source>
        <translation>&amp;Training:</translation>
    </message>
    <message>
        <source>Type a score and press Enter to go to the next person · decimal point or comma · empty or Delete clears · Max is the test&apos;s maximum (20 unless changed)</source>
        <translation>Type a score and press Enter to go to the next person · decimal point or comma · empty or Delete clears · Max is the test&apos;s maximum (20 unless changed)</translation>
    </message>
    <message>
        <source>Group summary</source>
        <translation>Group summary</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>That training no longer exists.</source>
        <translation>That training no longer exists.</translation>
    </message>
    <message>
        <source>Means appear once someone has both a pre-test and a post-test score.</source>
        <translation>Means appear once someone has both a pre-test and a post-test score.</translation>
    </message>
    <message>
        <source>%1 of %2 participants with both scores · mean pre %3 · mean post %4 · mean gain %5</source>
        <translation>%1 of %2 participants with both scores · mean pre %3 · mean post %4 · mean gain %5</translation>
    </message>
    <message>
        <source>There are no trainings yet. Create a training and enrol its participants on the Participants page; then type their test scores here.</source>
        <translation>There are no trainings yet. Create a training and enrol its participants on the Participants page; then type their test scores here.</translation>
    </message>
    <message>
        <source>Nobody is enrolled in this training yet. Enrol participants on the Participants page.</source>
        <translation>Nobody is enrolled in this training yet. Enrol participants on the Participants page.</translation>
    </message>
</context>
<context>
    <name>capacita::AttendanceGrid</name>
    <message>
        <source>Attendance sheet</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Participants by session. P present, L late, E excused, A absent, Space cycles, Delete clears, Ctrl+Shift+P marks everyone present.</source>
        <translation>Participants by session. P present, L late, E excused, A absent, Space cycles, Delete clears, Ctrl+Shift+P marks everyone present.</translation>
    </message>
</context>
<context>
    <name>capacita::AttendanceModel</name>
    <message>
        <source>Everyone already has a mark in session %1.</source>
        <translation>Everyone already has a mark in session %1.</translation>
    </message>
    <message>
        <source>Mark everyone present in session %1</source>
        <translation>Mark everyone present in session %1</translation>
    </message>
    <message>
        <source>%1 attended %2 of %3 sessions (%4); completing the training requires %5.</source>
        <translation>%1 attended %2 of %3 sessions (%4); completing the training requires %5.</translation>
    </message>
    <message>
        <source>no mark</source>
        <translation>no mark</translation>
    </message>
    <message>
        <source>%1, session %2 (%3): %4</source>
        <translation>%1, session %2 (%3): %4</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Share of sessions attended (present or late). Bold green: meets the completion rule of %1.</source>
        <translation>Share of sessions attended (present or late). Bold green: meets the completion rule of %1.</translation>
    </message>
    <message>
        <source>Sess. %1</source>
        <comment>short for session number</comment>
        <translation>Sess. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <comment>how many attended a session (present or late)</comment>
        <translation>
            <numerusform>%n present</numerusform>
            <numerusform>%n present</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1, %2</source>
        <translation>Session %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attended (present or late)</source>
        <translation>
            <numerusform>%n attended (present or late)</numerusform>
            <numerusform>%n attended (present or late)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Shift+P marks everyone without a mark present.</source>
        <translation>Ctrl+Shift+P marks everyone without a mark present.</translation>
    </message>
    <message>
        <source>Mark %1 %2 in session %3</source>
        <translation>Mark %1 %2 in session %3</translation>
    </message>
    <message>
        <source>Clear the mark of %1 in session %2</source>
        <translation>Clear the mark of %1 in session %2</translation>
    </message>
</context>
<context>
    <name>capacita::AttendancePage</name>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>&amp;Training:</source>
        <translation>&amp;Training:</translation>
    </message>
    <message>
        <source>Everyone present</source>
        <translation>Everyone present</translation>
    </message>
    <message>
        <source>Marks everyone without a mark in the current session present (Ctrl+Shift+P).</source>
        <translation>Marks everyone without a mark in the current session present (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>That training no longer exists.</source>
        <translation>That training no longer exists.</translation>
    </message>
    <message>
        <source>This training has no sessions yet. Add its sessions on the Trainings page.</source>
        <translation>This training has no sessions yet. Add its sessions on the Trainings page.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Space cycles · Delete clears · Ctrl+Shift+P everyone present · the cursor moves down after each mark</source>
        <translation>Space cycles · Delete clears · Ctrl+Shift+P everyone present · the cursor moves down after each mark</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>There are no trainings yet. Create a training with its sessions and enrol its participants on the Participants page; then mark attendance here.</source>
        <translation>There are no trainings yet. Create a training with its sessions and enrol its participants on the Participants page; then mark attendance here.</translation>
    </message>
    <message>
        <source>Nobody is enrolled in this training yet. Enrol participants on the Participants page.</source>
        <translation>Nobody is enrolled in this training yet. Enrol participants on the Participants page.</translation>
    </message>
</context>
<context>
    <name>capacita::AttendanceRepository</name>
    <message>
        <source>No session with id %1.</source>
        <translation>No session with id %1.</translation>
    </message>
    <message>
        <source>%1 is not enrolled in this session&apos;s training; enrol them first.</source>
        <translation>%1 is not enrolled in this session&apos;s training; enrol them first.</translation>
    </message>
</context>
<context>
    <name>capacita::AuditHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>Every change to this record and its enrollments, attendance and scores: when, who, on which laptop and where it came from. The log cannot be edited.</source>
        <translation>Every change to this record and its enrollments, attendance and scores: when, who, on which laptop and where it came from. The log cannot be edited.</translation>
    </message>
</context>
<context>
    <name>capacita::AuditHistoryModel</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Erased permanently</source>
        <translation>Erased permanently</translation>
    </message>
    <message>
        <source>Sync package from %1</source>
        <translation>Sync package from %1</translation>
    </message>
    <message>
        <source>Roster import</source>
        <translation>Roster import</translation>
    </message>
    <message>
        <source>Roster import (%1)</source>
        <translation>Roster import (%1)</translation>
    </message>
    <message>
        <source>Merge of duplicates</source>
        <translation>Merge of duplicates</translation>
    </message>
    <message>
        <source>Edited on this laptop</source>
        <translation>Edited on this laptop</translation>
    </message>
    <message>
        <source>(values erased at the person&apos;s request)</source>
        <translation>(values erased at the person&apos;s request)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
</context>
<context>
    <name>capacita::BackupPanel</name>
    <message>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <source>Before a roster import</source>
        <translation>Before a roster import</translation>
    </message>
    <message>
        <source>Before a sync import</source>
        <translation>Before a sync import</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Damaged file, kept</source>
        <translation>Damaged file, kept</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Capacita keeps copies of its data in %1: every day, before every import and before an upgrade. Older copies are removed automatically.</source>
        <translation>Capacita keeps copies of its data in %1: every day, before every import and before an upgrade. Older copies are removed automatically.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>&amp;Make a backup now</source>
        <translation>&amp;Make a backup now</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>The backup was not made.</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Backup made: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Go back to the data as it was on %1?</source>
        <translation>Go back to the data as it was on %1?</translation>
    </message>
    <message>
        <source>Capacita will close and start again with that copy. What was entered after it is not lost: the current file is kept in the backups folder first.</source>
        <translation>Capacita will close and start again with that copy. What was entered after it is not lost: the current file is kept in the backups folder first.</translation>
    </message>
    <message>
        <source>Restore and restart</source>
        <translation>Restore and restart</translation>
    </message>
    <message>
        <source>Capacita is closing to restore the backup…</source>
        <translation>Capacita is closing to restore the backup…</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>The backup was not restored.</translation>
    </message>
</context>
<context>
    <name>capacita::Backups</name>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation>Could not write the backup %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 did not read back correctly (%2); it was removed. Check the disk.</source>
        <translation>The backup %1 did not read back correctly (%2); it was removed. Check the disk.</translation>
    </message>
    <message>
        <source>Could not name the backup %1.</source>
        <translation>Could not name the backup %1.</translation>
    </message>
    <message>
        <source>No backup could be made before importing, so nothing was imported: %1</source>
        <translation>No backup could be made before importing, so nothing was imported: %1</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <source>%1 is not a Capacita database (it is not an SQLite file).</source>
        <translation>%1 is not a Capacita database (it is not an SQLite file).</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used: %2</source>
        <translation>%1 is damaged and cannot be used: %2</translation>
    </message>
    <message>
        <source>%1 is not a Capacita database.</source>
        <translation>%1 is not a Capacita database.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Capacita (schema %2); install that version to use it.</source>
        <translation>%1 was written by a newer version of Capacita (schema %2); install that version to use it.</translation>
    </message>
    <message>
        <source>There is no usable backup of %1 in %2.</source>
        <translation>There is no usable backup of %1 in %2.</translation>
    </message>
    <message>
        <source>Cannot create the backups folder %1.</source>
        <translation>Cannot create the backups folder %1.</translation>
    </message>
    <message>
        <source>The backups folder %1 is busy (another backup or restore is running); try again.</source>
        <translation>The backups folder %1 is busy (another backup or restore is running); try again.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 to the disk (is it full?).</source>
        <translation>Cannot write %1 to the disk (is it full?).</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>Cannot copy %1 to %2: %3</translation>
    </message>
    <message>
        <source>the name is taken</source>
        <translation>the name is taken</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 is the database itself, not a backup of it.</translation>
    </message>
    <message>
        <source>%1 is open in another Capacita program. Close it there, then restore again; nothing was changed.</source>
        <translation>%1 is open in another Capacita program. Close it there, then restore again; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 (is the disk full?): %2. The database was left as it was.</source>
        <translation>Cannot write %1 (is the disk full?): %2. The database was left as it was.</translation>
    </message>
</context>
<context>
    <name>capacita::ChartTile</name>
    <message>
        <source>Click a bar to see the people counted in it.</source>
        <translation>Click a bar to see the people counted in it.</translation>
    </message>
    <message>
        <source>No figures for this period and these filters.</source>
        <translation>No figures for this period and these filters.</translation>
    </message>
</context>
<context>
    <name>capacita::ConflictModel</name>
    <message>
        <source>%1 — %2, pre-test</source>
        <translation>%1 — %2, pre-test</translation>
    </message>
    <message>
        <source>%1 — %2, post-test</source>
        <translation>%1 — %2, post-test</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>This laptop&apos;s value</source>
        <translation>This laptop&apos;s value</translation>
    </message>
    <message>
        <source>Written by, on</source>
        <translation>Written by, on</translation>
    </message>
    <message>
        <source>Received value</source>
        <translation>Received value</translation>
    </message>
    <message>
        <source>%1
In use now (the later change)</source>
        <translation>%1
In use now (the later change)</translation>
    </message>
    <message>
        <source>%1
Set aside by the merge</source>
        <translation>%1
Set aside by the merge</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>laptop name, then date and time</comment>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>capacita::ConflictsPanel</name>
    <message>
        <source>When two laptops changed the same field before exchanging packages, the later change is in use (bold) and the other was set aside. Choose the value that should stay: your choice reaches the other laptops with the next package.</source>
        <translation>When two laptops changed the same field before exchanging packages, the later change is in use (bold) and the other was set aside. Choose the value that should stay: your choice reaches the other laptops with the next package.</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>No conflicts to review.</translation>
    </message>
    <message>
        <source>Keep &amp;this laptop&apos;s value</source>
        <translation>Keep &amp;this laptop&apos;s value</translation>
    </message>
    <message>
        <source>Keep the &amp;received value</source>
        <translation>Keep the &amp;received value</translation>
    </message>
    <message>
        <source>The conflict could not be resolved.</source>
        <translation>The conflict could not be resolved.</translation>
    </message>
</context>
<context>
    <name>capacita::CreateDatasetDialog</name>
    <message>
        <source>Create dataset</source>
        <translation>Create dataset</translation>
    </message>
    <message>
        <source>e.g. C-TIP programme, Cusco</source>
        <translation>e.g. C-TIP programme, Cusco</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Passphrase (optional):</source>
        <translation>&amp;Passphrase (optional):</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <source>Create and save join file…</source>
        <translation>Create and save join file…</translation>
    </message>
    <message>
        <source>A dataset is the shared registry of one programme. This laptop becomes its first member; other laptops join it with the join file.</source>
        <translation>A dataset is the shared registry of one programme. This laptop becomes its first member; other laptops join it with the join file.</translation>
    </message>
    <message>
        <source>With a passphrase, a laptop can also join by typing the dataset id and the passphrase. Use at least %1 characters; several words are best.</source>
        <translation>With a passphrase, a laptop can also join by typing the dataset id and the passphrase. Use at least %1 characters; several words are best.</translation>
    </message>
    <message>
        <source>The join file is a secret key: give it only to the laptops of the programme, never by public channels.</source>
        <translation>The join file is a secret key: give it only to the laptops of the programme, never by public channels.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>The passphrase is too short: use at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>capacita::DamagedPrompt</name>
    <message>
        <source>The database file is damaged and cannot be opened:
%1</source>
        <translation>The database file is damaged and cannot be opened:
%1</translation>
    </message>
    <message>
        <source>The newest good backup is from %1. Restoring it brings back the data as it was then; what was entered later is lost. The damaged file is kept in the backups folder.</source>
        <translation>The newest good backup is from %1. Restoring it brings back the data as it was then; what was entered later is lost. The damaged file is kept in the backups folder.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Restore the backup</translation>
    </message>
    <message>
        <source>No good backup was found in %1. Open another file or quit, and ask for help with this file; do not delete it.</source>
        <translation>No good backup was found in %1. Open another file or quit, and ask for help with this file; do not delete it.</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;Open another file…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Open a Capacita database</source>
        <translation>Open a Capacita database</translation>
    </message>
    <message>
        <source>Capacita databases (*.sqlite);;All files (*)</source>
        <translation>Capacita databases (*.sqlite);;All files (*)</translation>
    </message>
</context>
<context>
    <name>capacita::Dashboard</name>
    <message>
        <source>Individuals trained</source>
        <translation>Individuals trained</translation>
    </message>
    <message>
        <source>Trainings ended</source>
        <translation>Trainings ended</translation>
    </message>
    <message>
        <source>Completed participations</source>
        <translation>Completed participations</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Mean knowledge gain</source>
        <translation>Mean knowledge gain</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Computing the figures…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>The figures could not be computed: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>capacita::DatasetPanel</name>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>&amp;Create dataset…</source>
        <translation>&amp;Create dataset…</translation>
    </message>
    <message>
        <source>&amp;Join dataset…</source>
        <translation>&amp;Join dataset…</translation>
    </message>
    <message>
        <source>How the other laptops see this one, e.g. &quot;Trainer Iquitos 2&quot;.</source>
        <translation>How the other laptops see this one, e.g. &quot;Trainer Iquitos 2&quot;.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Save &amp;join file…</source>
        <translation>Save &amp;join file…</translation>
    </message>
    <message>
        <source>Write the join file again, to admit one more laptop of the programme.</source>
        <translation>Write the join file again, to admit one more laptop of the programme.</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Dataset:</translation>
    </message>
    <message>
        <source>Dataset id:</source>
        <translation>Dataset id:</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;name:</source>
        <translation>This laptop&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>Site id:</source>
        <translation>Site id:</translation>
    </message>
    <message>
        <source>(name not known yet)</source>
        <translation>(name not known yet)</translation>
    </message>
    <message>
        <source>This laptop could not be renamed.</source>
        <translation>This laptop could not be renamed.</translation>
    </message>
    <message>
        <source>Save the join file</source>
        <translation>Save the join file</translation>
    </message>
    <message>
        <source>Join files (*.capacita-join);;All files (*)</source>
        <translation>Join files (*.capacita-join);;All files (*)</translation>
    </message>
    <message>
        <source>The dataset could not be created.</source>
        <translation>The dataset could not be created.</translation>
    </message>
    <message>
        <source>The join file was saved to %1. On each laptop of the programme choose &quot;Join dataset…&quot; and pick this file. Give it to no one else.</source>
        <translation>The join file was saved to %1. On each laptop of the programme choose &quot;Join dataset…&quot; and pick this file. Give it to no one else.</translation>
    </message>
    <message>
        <source>Those laptops can also join with the dataset id %1 and the passphrase.</source>
        <translation>Those laptops can also join with the dataset id %1 and the passphrase.</translation>
    </message>
    <message>
        <source>Dataset created</source>
        <translation>Dataset created</translation>
    </message>
    <message>
        <source>The dataset &quot;%1&quot; was created.</source>
        <translation>The dataset &quot;%1&quot; was created.</translation>
    </message>
    <message>
        <source>This laptop could not join the dataset.</source>
        <translation>This laptop could not join the dataset.</translation>
    </message>
    <message>
        <source>The join file could not be saved.</source>
        <translation>The join file could not be saved.</translation>
    </message>
    <message>
        <source>This laptop does not belong to a dataset yet. A dataset is the shared registry of one programme: its laptops exchange packages to stay in step.</source>
        <translation>This laptop does not belong to a dataset yet. A dataset is the shared registry of one programme: its laptops exchange packages to stay in step.</translation>
    </message>
    <message>
        <source>On a trainer&apos;s laptop: use the join file from your coordinator, or the dataset id and passphrase.</source>
        <translation>On a trainer&apos;s laptop: use the join file from your coordinator, or the dataset id and passphrase.</translation>
    </message>
    <message>
        <source>Once per programme, on the coordinator&apos;s laptop. It writes the join file that the other laptops join with.</source>
        <translation>Once per programme, on the coordinator&apos;s laptop. It writes the join file that the other laptops join with.</translation>
    </message>
</context>
<context>
    <name>capacita::DeviceModel</name>
    <message>
        <source>This laptop</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Revoked on %1</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Some changes written on this laptop have not arrived here: a package was lost or not imported yet. Ask its user for the missing package or for a full package.</source>
        <translation>Some changes written on this laptop have not arrived here: a package was lost or not imported yet. Ask its user for the missing package or for a full package.</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>Site id</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last package received</source>
        <translation>Last package received</translation>
    </message>
    <message>
        <source>Missing changes</source>
        <translation>Missing changes</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nothing yet</translation>
    </message>
    <message>
        <source>Every package says which changes its laptop already holds: this is the newest change of this laptop that it has confirmed.</source>
        <translation>Every package says which changes its laptop already holds: this is the newest change of this laptop that it has confirmed.</translation>
    </message>
    <message>
        <source>Has our changes up to</source>
        <translation>Has our changes up to</translation>
    </message>
</context>
<context>
    <name>capacita::DevicesPanel</name>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <source>Refuse the packages of a laptop that was lost, stolen or left the programme.</source>
        <translation>Refuse the packages of a laptop that was lost, stolen or left the programme.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on this laptop not yet confirmed by every other laptop.</source>
        <translation>
            <numerusform>%n change on this laptop not yet confirmed by every other laptop.</numerusform>
            <numerusform>%n changes on this laptop not yet confirmed by every other laptop.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every other laptop has confirmed this laptop&apos;s changes.</source>
        <translation>Every other laptop has confirmed this laptop&apos;s changes.</translation>
    </message>
    <message>
        <source>Revoke laptop</source>
        <translation>Revoke laptop</translation>
    </message>
    <message>
        <source>Revoke the laptop &quot;%1&quot;?</source>
        <translation>Revoke the laptop &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>From now on, packages written by this laptop are refused here and on every laptop that receives this decision with the next package. What it sent before stays. Do this for a laptop that was lost, stolen or left the programme; it cannot be taken back from this page.</source>
        <translation>From now on, packages written by this laptop are refused here and on every laptop that receives this decision with the next package. What it sent before stays. Do this for a laptop that was lost, stolen or left the programme; it cannot be taken back from this page.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>The laptop could not be revoked.</source>
        <translation>The laptop could not be revoked.</translation>
    </message>
    <message>
        <source>No other laptop has joined yet: give the join file to the laptops of the programme.</source>
        <translation>No other laptop has joined yet: give the join file to the laptops of the programme.</translation>
    </message>
</context>
<context>
    <name>capacita::DistrictPicker</name>
    <message>
        <source>Type a district, province or department</source>
        <translation>Type a district, province or department</translation>
    </message>
</context>
<context>
    <name>capacita::DuplicateFinder</name>
    <message>
        <source>a record cannot be a duplicate of itself.</source>
        <translation>a record cannot be a duplicate of itself.</translation>
    </message>
</context>
<context>
    <name>capacita::DuplicateModel</name>
    <message>
        <source>same DNI</source>
        <translation>same DNI</translation>
    </message>
    <message>
        <source>same names</source>
        <translation>same names</translation>
    </message>
    <message>
        <source>names one letter apart</source>
        <translation>names one letter apart</translation>
    </message>
    <message>
        <source>names two letters apart</source>
        <translation>names two letters apart</translation>
    </message>
    <message>
        <source>same sex</source>
        <translation>same sex</translation>
    </message>
    <message>
        <source>same birth year</source>
        <translation>same birth year</translation>
    </message>
    <message>
        <source>birth year missing</source>
        <translation>birth year missing</translation>
    </message>
    <message>
        <source>sex unknown</source>
        <translation>sex unknown</translation>
    </message>
    <message>
        <source>Record A</source>
        <translation>Record A</translation>
    </message>
    <message>
        <source>Record B</source>
        <translation>Record B</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>no DNI to compare</source>
        <translation>no DNI to compare</translation>
    </message>
</context>
<context>
    <name>capacita::DuplicatesPage</name>
    <message>
        <source>Records that may belong to the same person. Choose which value survives in each field and merge them, or mark them as two different people.</source>
        <translation>Records that may belong to the same person. Choose which value survives in each field and merge them, or mark them as two different people.</translation>
    </message>
    <message>
        <source>No probable duplicates.</source>
        <translation>No probable duplicates.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Keep record A with the values chosen; record B&apos;s trainings, attendance and scores move to it. Can be undone.</source>
        <translation>Keep record A with the values chosen; record B&apos;s trainings, attendance and scores move to it. Can be undone.</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>&amp;Not the same person</translation>
    </message>
    <message>
        <source>Why they may be one person: %1.</source>
        <translation>Why they may be one person: %1.</translation>
    </message>
    <message>
        <source>Choose a pair first.</source>
        <translation>Choose a pair first.</translation>
    </message>
    <message>
        <source>The records could not be merged.</source>
        <translation>The records could not be merged.</translation>
    </message>
    <message>
        <source>The pair could not be marked as two people.</source>
        <translation>The pair could not be marked as two people.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Fields of the two records</source>
        <translation>Fields of the two records</translation>
    </message>
    <message>
        <source>Searching for possible duplicates…</source>
        <translation>Searching for possible duplicates…</translation>
    </message>
</context>
<context>
    <name>capacita::EnrollmentRepository</name>
    <message>
        <source>No training with id %1.</source>
        <translation>No training with id %1.</translation>
    </message>
    <message>
        <source>No participant with id %1.</source>
        <translation>No participant with id %1.</translation>
    </message>
    <message>
        <source>%1 is not enrolled in training %2.</source>
        <translation>%1 is not enrolled in training %2.</translation>
    </message>
</context>
<context>
    <name>capacita::ExportJob</name>
    <message>
        <source>The background task ended without a result.</source>
        <translation>The background task ended without a result.</translation>
    </message>
</context>
<context>
    <name>capacita::FirstRunWizard</name>
    <message>
        <source>Welcome to Capacita</source>
        <translation>Welcome to Capacita</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>S&amp;kip</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Start using Capacita</source>
        <translation>&amp;Start using Capacita</translation>
    </message>
    <message>
        <source>Skip these steps; everything can be set later in Settings and Sync.</source>
        <translation>Skip these steps; everything can be set later in Settings and Sync.</translation>
    </message>
    <message>
        <source>&amp;Language of the program:</source>
        <translation>&amp;Language of the program:</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Language of the program</translation>
    </message>
    <message>
        <source>Capacita keeps the records of your trainings: sessions, participants, attendance and tests. These short steps prepare this laptop. You can skip them and change everything later in Settings and Sync.</source>
        <translation>Capacita keeps the records of your trainings: sessions, participants, attendance and tests. These short steps prepare this laptop. You can skip them and change everything later in Settings and Sync.</translation>
    </message>
    <message>
        <source>The windows after this assistant open in the language chosen here.</source>
        <translation>The windows after this assistant open in the language chosen here.</translation>
    </message>
    <message>
        <source>Name this laptop</source>
        <translation>Name this laptop</translation>
    </message>
    <message>
        <source>e.g. Trainer Iquitos 2</source>
        <translation>e.g. Trainer Iquitos 2</translation>
    </message>
    <message>
        <source>Name of this laptop</source>
        <translation>Name of this laptop</translation>
    </message>
    <message>
        <source>&amp;Name of this laptop:</source>
        <translation>&amp;Name of this laptop:</translation>
    </message>
    <message>
        <source>The other laptops of the programme see this name when you exchange records, so choose one that says whose or where it is.</source>
        <translation>The other laptops of the programme see this name when you exchange records, so choose one that says whose or where it is.</translation>
    </message>
    <message>
        <source>Create or join a dataset</source>
        <translation>Create or join a dataset</translation>
    </message>
    <message>
        <source>The coordinator creates the dataset once; each trainer&apos;s laptop joins it with the join file or with the dataset id and passphrase. If you do not know yet, go on: you can do this later on the Sync page.</source>
        <translation>The coordinator creates the dataset once; each trainer&apos;s laptop joins it with the join file or with the dataset id and passphrase. If you do not know yet, go on: you can do this later on the Sync page.</translation>
    </message>
    <message>
        <source>Example data</source>
        <translation>Example data</translation>
    </message>
    <message>
        <source>&amp;Load example data to try the program (two trainings, twelve people)</source>
        <translation>&amp;Load example data to try the program (two trainings, twelve people)</translation>
    </message>
    <message>
        <source>This laptop belongs to a dataset now, so no example data is offered: it would travel to the other laptops with the real records.</source>
        <translation>This laptop belongs to a dataset now, so no example data is offered: it would travel to the other laptops with the real records.</translation>
    </message>
    <message>
        <source>The example records are invented. Use a new database for real work, or delete them before this laptop creates or joins a dataset.</source>
        <translation>The example records are invented. Use a new database for real work, or delete them before this laptop creates or joins a dataset.</translation>
    </message>
    <message>
        <source>This laptop could not be renamed.</source>
        <translation>This laptop could not be renamed.</translation>
    </message>
    <message>
        <source>The example data could not be loaded; nothing was added.</source>
        <translation>The example data could not be loaded; nothing was added.</translation>
    </message>
</context>
<context>
    <name>capacita::HistoryModel</name>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>A package written on this laptop</source>
        <translation>A package written on this laptop</translation>
    </message>
    <message>
        <source>A package read into this laptop</source>
        <translation>A package read into this laptop</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>capacita::HomePage</name>
    <message>
        <source>Capacita — training records</source>
        <translation>Capacita — training records</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Enrollments</translation>
    </message>
    <message>
        <source>Upcoming trainings</source>
        <translation>Upcoming trainings</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>No trainings planned from today on. Create one on the Trainings page.</source>
        <translation>No trainings planned from today on. Create one on the Trainings page.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Recorded in this database</source>
        <translation>Recorded in this database</translation>
    </message>
    <message>
        <source>The counts could not be read: %1</source>
        <translation>The counts could not be read: %1</translation>
    </message>
</context>
<context>
    <name>capacita::ImportCheckPage</name>
    <message>
        <source>What the import will do</source>
        <translation>What the import will do</translation>
    </message>
    <message>
        <source>Nothing has been stored yet.</source>
        <translation>Nothing has been stored yet.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Rejected rows:</translation>
    </message>
    <message>
        <source>&amp;Skip the invalid rows and import the others</source>
        <translation>&amp;Skip the invalid rows and import the others</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>This file cannot be imported: %1</translation>
    </message>
    <message>
        <source>The check was cancelled. Go back and forward again to repeat it.</source>
        <translation>The check was cancelled. Go back and forward again to repeat it.</translation>
    </message>
    <message numerus="yes">
        <source>The file will not be imported while %n row(s) are rejected: correct them in the file and check it again, or skip them.</source>
        <translation>
            <numerusform>The file will not be imported while %n row is rejected: correct it in the file and check it again, or skip it.</numerusform>
            <numerusform>The file will not be imported while %n rows are rejected: correct them in the file and check it again, or skip them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Import to store these changes.</source>
        <translation>Press Import to store these changes.</translation>
    </message>
</context>
<context>
    <name>capacita::ImportFilePage</name>
    <message>
        <source>Choose the roster</source>
        <translation>Choose the roster</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx), one row per participant per training.</source>
        <translation>A CSV file or an Excel workbook (.xlsx), one row per participant per training.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Choose the roster to import</source>
        <translation>Choose the roster to import</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.xlsx);;All files (*)</source>
        <translation>Rosters (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>This file cannot be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s) to check.</source>
        <translation>
            <numerusform>%1 — %n row to check.</numerusform>
            <numerusform>%1 — %n rows to check.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>capacita::ImportPreviewPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Check the columns</translation>
    </message>
    <message>
        <source>The first rows of the file, and the roster column each header was read as.</source>
        <translation>The first rows of the file, and the roster column each header was read as.</translation>
    </message>
    <message>
        <source>Recognised columns: %1</source>
        <translation>Recognised columns: %1</translation>
    </message>
    <message>
        <source>Ignored columns (not part of a roster): %1</source>
        <translation>Ignored columns (not part of a roster): %1</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>This file cannot be imported: %1</translation>
    </message>
</context>
<context>
    <name>capacita::ImportResultPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>The roster was not imported. Nothing was changed.</source>
        <translation>The roster was not imported. Nothing was changed.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>The import was cancelled. Nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>The roster was not imported because %n row(s) were rejected. Nothing was changed.</source>
        <translation>
            <numerusform>The roster was not imported because %n row was rejected. Nothing was changed.</numerusform>
            <numerusform>The roster was not imported because %n rows were rejected. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the rows in the file, or import again and choose to skip them.</source>
        <translation>Correct the rows in the file, or import again and choose to skip them.</translation>
    </message>
    <message>
        <source>The roster was imported.</source>
        <translation>The roster was imported.</translation>
    </message>
    <message>
        <source>Review the probable duplicates on the Duplicates page.</source>
        <translation>Review the probable duplicates on the Duplicates page.</translation>
    </message>
    <message>
        <source>What the import did.</source>
        <translation>What the import did.</translation>
    </message>
</context>
<context>
    <name>capacita::ImportWizard</name>
    <message>
        <source>Import roster</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Checking the roster…</source>
        <translation>Checking the roster…</translation>
    </message>
    <message>
        <source>Importing the roster…</source>
        <translation>Importing the roster…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Rows read: %1</translation>
    </message>
    <message>
        <source>Rows imported: %1</source>
        <translation>Rows imported: %1</translation>
    </message>
    <message>
        <source>Trainings created: %1, updated: %2</source>
        <translation>Trainings created: %1, updated: %2</translation>
    </message>
    <message>
        <source>Trainings to create: %1, to update: %2</source>
        <translation>Trainings to create: %1, to update: %2</translation>
    </message>
    <message>
        <source>Participants created: %1</source>
        <translation>Participants created: %1</translation>
    </message>
    <message>
        <source>Participants to create: %1</source>
        <translation>Participants to create: %1</translation>
    </message>
    <message>
        <source>People already on record matched: %1</source>
        <translation>People already on record matched: %1</translation>
    </message>
    <message>
        <source>Probable duplicates to review: %1</source>
        <translation>Probable duplicates to review: %1</translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation>Rejected rows: %1</translation>
    </message>
    <message>
        <source>Rows that can be imported: %1</source>
        <translation>Rows that can be imported: %1</translation>
    </message>
</context>
<context>
    <name>capacita::IntegrityCheck</name>
    <message>
        <source>The check of the database file found damage:
%1</source>
        <translation>The check of the database file found damage:
%1</translation>
    </message>
    <message>
        <source>The newest good backup is from %1. Capacita can close, restore it and start again; what was entered after it is lost. The damaged file is kept in the backups folder.</source>
        <translation>The newest good backup is from %1. Capacita can close, restore it and start again; what was entered after it is lost. The damaged file is kept in the backups folder.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup and restart</source>
        <translation>&amp;Restore the backup and restart</translation>
    </message>
    <message>
        <source>No good backup was found in %1. Close Capacita and ask for help with this file; do not delete it.</source>
        <translation>No good backup was found in %1. Close Capacita and ask for help with this file; do not delete it.</translation>
    </message>
    <message>
        <source>&amp;Continue for now</source>
        <translation>&amp;Continue for now</translation>
    </message>
</context>
<context>
    <name>capacita::JoinDatasetDialog</name>
    <message>
        <source>Join dataset</source>
        <translation>Join dataset</translation>
    </message>
    <message>
        <source>With a &amp;join file</source>
        <translation>With a &amp;join file</translation>
    </message>
    <message>
        <source>With the dataset &amp;id and passphrase</source>
        <translation>With the dataset &amp;id and passphrase</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Dataset id:</source>
        <translation>Dataset id:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>Join the dataset of your programme to exchange packages with its other laptops. Ask the coordinator for the join file, or for the dataset id and passphrase.</source>
        <translation>Join the dataset of your programme to exchange packages with its other laptops. Ask the coordinator for the join file, or for the dataset id and passphrase.</translation>
    </message>
    <message>
        <source>Choose the join file</source>
        <translation>Choose the join file</translation>
    </message>
    <message>
        <source>Join files (*.capacita-join);;All files (*)</source>
        <translation>Join files (*.capacita-join);;All files (*)</translation>
    </message>
</context>
<context>
    <name>capacita::MainWindow</name>
    <message>
        <source>Capacita — %1</source>
        <translation>Capacita — %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>The change could not be undone or redone; the list of changes was adjusted.</source>
        <translation>The change could not be undone or redone; the list of changes was adjusted.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Sync (%1)</source>
        <translation>Sync (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflict to review</numerusform>
            <numerusform>%n conflicts to review</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Import roster…</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Duplicates (%1)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Capacita</source>
        <translation>&amp;About Capacita</translation>
    </message>
</context>
<context>
    <name>capacita::MergeCommand</name>
    <message>
        <source>Merge duplicate records of %1</source>
        <translation>Merge duplicate records of %1</translation>
    </message>
</context>
<context>
    <name>capacita::MergeFieldModel</name>
    <message>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Family names</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Participant type</source>
        <translation>Participant type</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Trainings (all are kept)</source>
        <translation>Trainings (all are kept)</translation>
    </message>
    <message>
        <source>Only one value, or the same value: it is kept.</source>
        <translation>Only one value, or the same value: it is kept.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Record A (kept)</source>
        <translation>Record A (kept)</translation>
    </message>
    <message>
        <source>Record B (merged into A)</source>
        <translation>Record B (merged into A)</translation>
    </message>
</context>
<context>
    <name>capacita::Merger</name>
    <message>
        <source>a record cannot be merged into itself.</source>
        <translation>a record cannot be merged into itself.</translation>
    </message>
    <message>
        <source>enrollment</source>
        <translation>enrollment</translation>
    </message>
    <message>
        <source>attendance mark</source>
        <translation>attendance mark</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>%1 %2: both records had it; KEEP&apos;s was kept.</source>
        <translation>%1 %2: both records had it; KEEP&apos;s was kept.</translation>
    </message>
    <message>
        <source>DNI: KEEP&apos;s %1 was kept; OTHER had %2.</source>
        <translation>DNI: KEEP&apos;s %1 was kept; OTHER had %2.</translation>
    </message>
    <message>
        <source>%1 is not a merged record (or its merge was already undone).</source>
        <translation>%1 is not a merged record (or its merge was already undone).</translation>
    </message>
    <message>
        <source>The record of merge %1 is damaged; nothing was changed.</source>
        <translation>The record of merge %1 is damaged; nothing was changed.</translation>
    </message>
    <message>
        <source>A later merge (of %1 into %2) involves this person; undo that one first.</source>
        <translation>A later merge (of %1 into %2) involves this person; undo that one first.</translation>
    </message>
</context>
<context>
    <name>capacita::PackageExchange</name>
    <message>
        <source>Choose the package to read</source>
        <translation>Choose the package to read</translation>
    </message>
    <message>
        <source>Capacita packages (*.capacita);;All files (*)</source>
        <translation>Capacita packages (*.capacita);;All files (*)</translation>
    </message>
    <message>
        <source>Writing and checking the package…</source>
        <translation>Writing and checking the package…</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>Checking the package…</translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation>Importing the package…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>The package could not be written.</source>
        <translation>The package could not be written.</translation>
    </message>
    <message>
        <source>This package cannot be imported. Nothing was changed.</source>
        <translation>This package cannot be imported. Nothing was changed.</translation>
    </message>
    <message>
        <source>The package was not imported. Nothing was changed.</source>
        <translation>The package was not imported. Nothing was changed.</translation>
    </message>
    <message>
        <source>Package written</source>
        <translation>Package written</translation>
    </message>
    <message>
        <source>The package was written to %1</source>
        <translation>The package was written to %1</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>Package imported</translation>
    </message>
    <message>
        <source>The package was imported.</source>
        <translation>The package was imported.</translation>
    </message>
    <message>
        <source>Read package</source>
        <translation>Read package</translation>
    </message>
    <message>
        <source>The package %1 was checked: it is intact and belongs to this dataset.</source>
        <translation>The package %1 was checked: it is intact and belongs to this dataset.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>capacita::ParticipantEditor</name>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Given names:</translation>
    </message>
    <message>
        <source>&amp;Family names:</source>
        <translation>&amp;Family names:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sex:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Birth year:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>Dis&amp;trict of work:</source>
        <translation>Dis&amp;trict of work:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 digits</translation>
    </message>
    <message>
        <source>e.g. v2 2025</source>
        <translation>e.g. v2 2025</translation>
    </message>
    <message>
        <source>Histo&amp;ry…</source>
        <translation>Histo&amp;ry…</translation>
    </message>
    <message>
        <source>Who changed this person&apos;s record, when and on which laptop</source>
        <translation>Who changed this person&apos;s record, when and on which laptop</translation>
    </message>
    <message>
        <source>C&amp;onsent date:</source>
        <translation>C&amp;onsent date:</translation>
    </message>
    <message>
        <source>Privacy notice &amp;version:</source>
        <translation>Privacy notice &amp;version:</translation>
    </message>
    <message>
        <source>Consent collected b&amp;y:</source>
        <translation>Consent collected b&amp;y:</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
</context>
<context>
    <name>capacita::ParticipantModel</name>
    <message>
        <source>Family names</source>
        <translation>Family names</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
</context>
<context>
    <name>capacita::ParticipantRepository</name>
    <message>
        <source>&quot;%1&quot; is not a participant type.</source>
        <translation>&quot;%1&quot; is not a participant type.</translation>
    </message>
    <message>
        <source>%1 is not a district code of the UBIGEO table.</source>
        <translation>%1 is not a district code of the UBIGEO table.</translation>
    </message>
    <message>
        <source>DNI %1 already belongs to %2 (%3).</source>
        <translation>DNI %1 already belongs to %2 (%3).</translation>
    </message>
    <message>
        <source>No participant with id %1.</source>
        <translation>No participant with id %1.</translation>
    </message>
</context>
<context>
    <name>capacita::ParticipantTrainings</name>
    <message>
        <source>&amp;Enrol in training</source>
        <translation>&amp;Enrol in training</translation>
    </message>
    <message>
        <source>&amp;Remove from training</source>
        <translation>&amp;Remove from training</translation>
    </message>
    <message>
        <source>Trainings of this person</source>
        <translation>Trainings of this person</translation>
    </message>
    <message>
        <source>Training to enrol in</source>
        <translation>Training to enrol in</translation>
    </message>
</context>
<context>
    <name>capacita::ParticipantsPage</name>
    <message>
        <source>Search by name, DNI or institution…</source>
        <translation>Search by name, DNI or institution…</translation>
    </message>
    <message>
        <source>&amp;New participant</source>
        <translation>&amp;New participant</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>The participant could not be created.</source>
        <translation>The participant could not be created.</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Delete participant</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 with their enrollment, attendance and scores in %n training(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete %1 with their enrollment, attendance and scores in %n training? You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Delete %1 with their enrollments, attendance and scores in %n trainings? You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>The participant could not be deleted.</source>
        <translation>The participant could not be deleted.</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Search participants</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Loading participants…</source>
        <translation>Loading participants…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <source>The list is read again after an import, a sync or a merge. You can go on working meanwhile.</source>
        <translation>The list is read again after an import, a sync or a merge. You can go on working meanwhile.</translation>
    </message>
</context>
<context>
    <name>capacita::PeopleDialog</name>
    <message>
        <source>People counted</source>
        <translation>People counted</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>The list could not be made: %1</source>
        <translation>The list could not be made: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s).</source>
        <translation>
            <numerusform>%n person.</numerusform>
            <numerusform>%n people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>capacita::PreviewModel</name>
    <message>
        <source>Training code</source>
        <translation>Training code</translation>
    </message>
    <message>
        <source>Training title</source>
        <translation>Training title</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>District (UBIGEO)</source>
        <translation>District (UBIGEO)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>DNI</source>
        <translation>DNI</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Family names</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Participant type</source>
        <translation>Participant type</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Sessions attended</translation>
    </message>
    <message>
        <source>Pre-test score</source>
        <translation>Pre-test score</translation>
    </message>
    <message>
        <source>Post-test score</source>
        <translation>Post-test score</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Maximum score</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignored)</translation>
    </message>
    <message>
        <source>This column is not a roster column and will be ignored.</source>
        <translation>This column is not a roster column and will be ignored.</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Read as: %1</translation>
    </message>
</context>
<context>
    <name>capacita::RejectedRowsModel</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>capacita::ReportFilterBar</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <source>Fiscal year: FY 2025 runs from 1 October 2024 to 30 September 2025.</source>
        <translation>Fiscal year: FY 2025 runs from 1 October 2024 to 30 September 2025.</translation>
    </message>
    <message>
        <source>FY </source>
        <translation>FY </translation>
    </message>
    <message>
        <source>Q1 (Oct–Dec)</source>
        <translation>Q1 (Oct–Dec)</translation>
    </message>
    <message>
        <source>Q2 (Jan–Mar)</source>
        <translation>Q2 (Jan–Mar)</translation>
    </message>
    <message>
        <source>Q3 (Apr–Jun)</source>
        <translation>Q3 (Apr–Jun)</translation>
    </message>
    <message>
        <source>Q4 (Jul–Sep)</source>
        <translation>Q4 (Jul–Sep)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>Participant type</source>
        <translation>Participant type</translation>
    </message>
    <message>
        <source>All participant types</source>
        <translation>All participant types</translation>
    </message>
</context>
<context>
    <name>capacita::ReportsPage</name>
    <message>
        <source>Include the list of people</source>
        <translation>Include the list of people</translation>
    </message>
    <message>
        <source>Adds the names and document numbers of everyone counted to the file. Share such a file only with whoever reviews the data.</source>
        <translation>Adds the names and document numbers of everyone counted to the file. Share such a file only with whoever reviews the data.</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Tables of the report</source>
        <translation>Tables of the report</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>Computing the report…</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>The report could not be computed: %1</translation>
    </message>
    <message>
        <source>capacita-report-%1.%2</source>
        <translation>capacita-report-%1.%2</translation>
    </message>
    <message>
        <source>Export the report as XLSX</source>
        <translation>Export the report as XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Export the report as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Export the report as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Training indicators</source>
        <translation>Training indicators</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Saving %1…</translation>
    </message>
    <message>
        <source>The report was saved.</source>
        <translation>The report was saved.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1.</source>
        <translation>The report could not be saved to %1.</translation>
    </message>
</context>
<context>
    <name>capacita::RosterImporter</name>
    <message>
        <source>These columns are not part of a roster and were ignored: %1.</source>
        <translation>These columns are not part of a roster and were ignored: %1.</translation>
    </message>
</context>
<context>
    <name>capacita::RosterVocabulary</name>
    <message>
        <source>&quot;%1&quot; is not a participant type (e.g. Juez, Fiscal, Policía, Líder comunitario, or a code such as judge).</source>
        <translation>&quot;%1&quot; is not a participant type (e.g. Juez, Fiscal, Policía, Líder comunitario, or a code such as judge).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a topic; use TIP, GBV, CEFM or other (or trata, violencia de género, matrimonio infantil).</source>
        <translation>&quot;%1&quot; is not a topic; use TIP, GBV, CEFM or other (or trata, violencia de género, matrimonio infantil).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a department of Peru.</source>
        <translation>&quot;%1&quot; is not a department of Peru.</translation>
    </message>
</context>
<context>
    <name>capacita::RosterWriter</name>
    <message>
        <source>Training %1 has %2 sessions on record but the file says %3; the extra sessions were kept and marked absent for the people in the file.</source>
        <translation>Training %1 has %2 sessions on record but the file says %3; the extra sessions were kept and marked absent for the people in the file.</translation>
    </message>
    <message>
        <source>DNI %1 was not added to %2 (%3): it already belongs to %4 (%5). Check whether they are one person.</source>
        <translation>DNI %1 was not added to %2 (%3): it already belongs to %4 (%5). Check whether they are one person.</translation>
    </message>
    <message>
        <source>is the same person as line %1 of this training. If they are two people, add their DNI or birth year.</source>
        <translation>is the same person as line %1 of this training. If they are two people, add their DNI or birth year.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
</context>
<context>
    <name>capacita::SavedFile</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
</context>
<context>
    <name>capacita::ScoreRepository</name>
    <message>
        <source>%1 is not enrolled in training %2; enrol them first.</source>
        <translation>%1 is not enrolled in training %2; enrol them first.</translation>
    </message>
</context>
<context>
    <name>capacita::SessionModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
</context>
<context>
    <name>capacita::SessionRepository</name>
    <message>
        <source>No training with id %1.</source>
        <translation>No training with id %1.</translation>
    </message>
    <message>
        <source>a session cannot move to another training.</source>
        <translation>a session cannot move to another training.</translation>
    </message>
    <message>
        <source>No session with id %1.</source>
        <translation>No session with id %1.</translation>
    </message>
</context>
<context>
    <name>capacita::SessionsPanel</name>
    <message>
        <source>&amp;Add session</source>
        <translation>&amp;Add session</translation>
    </message>
    <message>
        <source>Delete s&amp;ession</source>
        <translation>Delete s&amp;ession</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
</context>
<context>
    <name>capacita::SettingsPage</name>
    <message>
        <source>The new language applies the next time Capacita starts.</source>
        <translation>The new language applies the next time Capacita starts.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Language of the program:</source>
        <translation>&amp;Language of the program:</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>This installation</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Database file:</translation>
    </message>
    <message>
        <source>Site id:</source>
        <translation>Site id:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schema version:</translation>
    </message>
    <message>
        <source>Program version:</source>
        <translation>Program version:</translation>
    </message>
    <message>
        <source>&amp;High contrast: white text on black</source>
        <translation>&amp;High contrast: white text on black</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Easier to read with low vision or in bright light. Text size follows the scaling of the computer&apos;s display settings.</source>
        <translation>Easier to read with low vision or in bright light. Text size follows the scaling of the computer&apos;s display settings.</translation>
    </message>
</context>
<context>
    <name>capacita::SheetPrinter</name>
    <message>
        <source>The sheet could not be made.</source>
        <translation>The sheet could not be made.</translation>
    </message>
    <message>
        <source>sign-in-%1.pdf</source>
        <translation>sign-in-%1.pdf</translation>
    </message>
    <message>
        <source>scores-%1.pdf</source>
        <translation>scores-%1.pdf</translation>
    </message>
    <message>
        <source>Save the sign-in sheet</source>
        <translation>Save the sign-in sheet</translation>
    </message>
    <message>
        <source>Save the score sheet</source>
        <translation>Save the score sheet</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The sign-in sheet was saved. Print it and take it to the sessions.</source>
        <translation>The sign-in sheet was saved. Print it and take it to the sessions.</translation>
    </message>
    <message>
        <source>The score sheet was saved. Print it for the pre and post tests.</source>
        <translation>The score sheet was saved. Print it for the pre and post tests.</translation>
    </message>
    <message>
        <source>The sheet could not be saved to %1.</source>
        <translation>The sheet could not be saved to %1.</translation>
    </message>
</context>
<context>
    <name>capacita::StoreJob</name>
    <message>
        <source>The background task ended without a result.</source>
        <translation>The background task ended without a result.</translation>
    </message>
</context>
<context>
    <name>capacita::SyncPage</name>
    <message>
        <source>Sync by file</source>
        <translation>Sync by file</translation>
    </message>
    <message>
        <source>The laptops of a programme stay in step by exchanging encrypted packages on a USB drive or by e-mail; no internet is needed.</source>
        <translation>The laptops of a programme stay in step by exchanging encrypted packages on a USB drive or by e-mail; no internet is needed.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Laptops</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>&amp;Write package…</source>
        <translation>&amp;Write package…</translation>
    </message>
    <message>
        <source>Write this laptop&apos;s changes to a file for the other laptops (USB drive or e-mail).</source>
        <translation>Write this laptop&apos;s changes to a file for the other laptops (USB drive or e-mail).</translation>
    </message>
    <message>
        <source>R&amp;ead package…</source>
        <translation>R&amp;ead package…</translation>
    </message>
    <message>
        <source>Read a package written on another laptop: first a preview of what changes.</source>
        <translation>Read a package written on another laptop: first a preview of what changes.</translation>
    </message>
    <message>
        <source>Last package written: %1. Last package read: %2.</source>
        <translation>Last package written: %1. Last package read: %2.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
</context>
<context>
    <name>capacita::SyncService</name>
    <message>
        <source>a dataset needs a name.</source>
        <translation>a dataset needs a name.</translation>
    </message>
    <message>
        <source>this is not a Capacita join file (or it is damaged).</source>
        <translation>this is not a Capacita join file (or it is damaged).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dataset id.</source>
        <translation>&quot;%1&quot; is not a dataset id.</translation>
    </message>
    <message>
        <source>This database already belongs to the dataset %1 (%2); a database belongs to one dataset. Use a new database file to join another one.</source>
        <translation>This database already belongs to the dataset %1 (%2); a database belongs to one dataset. Use a new database file to join another one.</translation>
    </message>
    <message>
        <source>the device name cannot be empty.</source>
        <translation>the device name cannot be empty.</translation>
    </message>
    <message>
        <source>No device with site id %1 in this dataset.</source>
        <translation>No device with site id %1 in this dataset.</translation>
    </message>
    <message>
        <source>a laptop cannot revoke itself; revoke it from another member&apos;s laptop.</source>
        <translation>a laptop cannot revoke itself; revoke it from another member&apos;s laptop.</translation>
    </message>
    <message>
        <source>This laptop has not joined a dataset yet: create one or join one first.</source>
        <translation>This laptop has not joined a dataset yet: create one or join one first.</translation>
    </message>
    <message>
        <source>Could not read the records to export; nothing was written.</source>
        <translation>Could not read the records to export; nothing was written.</translation>
    </message>
    <message>
        <source>The package written to %1 did not read back correctly (faulty disk or USB stick?); it was removed. Try another drive.</source>
        <translation>The package written to %1 did not read back correctly (faulty disk or USB stick?); it was removed. Try another drive.</translation>
    </message>
    <message>
        <source>This laptop has not joined a dataset yet: join the dataset %1 first, then import the package.</source>
        <translation>This laptop has not joined a dataset yet: join the dataset %1 first, then import the package.</translation>
    </message>
    <message>
        <source>This package belongs to another dataset (%1), not to this laptop&apos;s dataset &quot;%2&quot; (%3). Import it on a laptop of that dataset.</source>
        <translation>This package belongs to another dataset (%1), not to this laptop&apos;s dataset &quot;%2&quot; (%3). Import it on a laptop of that dataset.</translation>
    </message>
    <message>
        <source>This package comes from a newer version of Capacita (schema %1; this one knows %2). Update Capacita, then import it again.</source>
        <translation>This package comes from a newer version of Capacita (schema %1; this one knows %2). Update Capacita, then import it again.</translation>
    </message>
    <message>
        <source>This package comes from the device &quot;%1&quot; (%2), which was revoked on %3. Its data is not accepted; if this is a mistake, a coordinator must re-admit the laptop.</source>
        <translation>This package comes from the device &quot;%1&quot; (%2), which was revoked on %3. Its data is not accepted; if this is a mistake, a coordinator must re-admit the laptop.</translation>
    </message>
    <message>
        <source>This package claims to come from &quot;%1&quot; (%2) but is signed with a different key. It was not imported; report it to the coordinator.</source>
        <translation>This package claims to come from &quot;%1&quot; (%2) but is signed with a different key. It was not imported; report it to the coordinator.</translation>
    </message>
    <message>
        <source>This package&apos;s signing key does not match the device record it carries. It was not imported.</source>
        <translation>This package&apos;s signing key does not match the device record it carries. It was not imported.</translation>
    </message>
    <message>
        <source>%1 values carry a date more than a day in the future: the clock of &quot;%2&quot; is probably wrong. They were merged but do not move this laptop&apos;s clock; ask its user to set the date.</source>
        <translation>%1 values carry a date more than a day in the future: the clock of &quot;%2&quot; is probably wrong. They were merged but do not move this laptop&apos;s clock; ask its user to set the date.</translation>
    </message>
    <message>
        <source>This package refers to records this laptop has not received yet (an earlier package from &quot;%1&quot; is missing). Import the missing package first, or ask for a full package (sync export --full).</source>
        <translation>This package refers to records this laptop has not received yet (an earlier package from &quot;%1&quot; is missing). Import the missing package first, or ask for a full package (sync export --full).</translation>
    </message>
    <message>
        <source>No conflict with id %1.</source>
        <translation>No conflict with id %1.</translation>
    </message>
    <message>
        <source>Conflict %1 was already resolved.</source>
        <translation>Conflict %1 was already resolved.</translation>
    </message>
    <message>
        <source>Conflict %1 refers to an unknown table.</source>
        <translation>Conflict %1 refers to an unknown table.</translation>
    </message>
    <message>
        <source>No participant with id %1.</source>
        <translation>No participant with id %1.</translation>
    </message>
    <message>
        <source>This database already belongs to dataset %1 with a different key, and has already read packages with it; check the passphrase or join file.</source>
        <translation>This database already belongs to dataset %1 with a different key, and has already read packages with it; check the passphrase or join file.</translation>
    </message>
    <message>
        <source>This file is not a Capacita sync package. Check that you chose the .capacita file written by &quot;Write package&quot;.</source>
        <translation>This file is not a Capacita sync package. Check that you chose the .capacita file written by &quot;Write package&quot;.</translation>
    </message>
    <message>
        <source>This package was written by a newer version of Capacita (format %1). Update Capacita on this laptop, then import it again.</source>
        <translation>This package was written by a newer version of Capacita (format %1). Update Capacita on this laptop, then import it again.</translation>
    </message>
    <message>
        <source>This package is incomplete (it ends early: %1). The copy was probably interrupted; copy it again from the original laptop.</source>
        <translation>This package is incomplete (it ends early: %1). The copy was probably interrupted; copy it again from the original laptop.</translation>
    </message>
    <message>
        <source>This package cannot be decrypted with this dataset&apos;s key. Check that both laptops joined the same dataset with the same join file or passphrase; if the passphrase was mistyped here, join again with the right one.</source>
        <translation>This package cannot be decrypted with this dataset&apos;s key. Check that both laptops joined the same dataset with the same join file or passphrase; if the passphrase was mistyped here, join again with the right one.</translation>
    </message>
    <message>
        <source>This package is damaged or was altered after it was written (%1 check failed). Nothing was imported; ask for a new package.</source>
        <translation>This package is damaged or was altered after it was written (%1 check failed). Nothing was imported; ask for a new package.</translation>
    </message>
</context>
<context>
    <name>capacita::SyncText</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training(s)</source>
        <translation>
            <numerusform>%n training</numerusform>
            <numerusform>%n trainings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrollment(s)</source>
        <translation>
            <numerusform>%n enrollment</numerusform>
            <numerusform>%n enrollments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance mark(s)</source>
        <translation>
            <numerusform>%n attendance mark</numerusform>
            <numerusform>%n attendance marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n score</numerusform>
            <numerusform>%n scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n target</numerusform>
            <numerusform>%n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n laptop record(s)</source>
        <translation>
            <numerusform>%n laptop record</numerusform>
            <numerusform>%n laptop records</numerusform>
        </translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Family names</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Participant type</source>
        <translation>Participant type</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modality</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Planned participants</source>
        <translation>Planned participants</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Maximum score</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message numerus="yes">
        <source>The package holds all %n record(s) of this laptop:</source>
        <translation>
            <numerusform>The package holds the %n record of this laptop:</numerusform>
            <numerusform>The package holds all %n records of this laptop:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The package holds %n record(s) that not every laptop has confirmed yet:</source>
        <translation>
            <numerusform>The package holds %n record that not every laptop has confirmed yet:</numerusform>
            <numerusform>The package holds %n records that not every laptop has confirmed yet:</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified:</source>
        <translation>Verified:</translation>
    </message>
    <message>
        <source>the file was read back from the disk and checked as a receiving laptop would. It is safe to carry.</source>
        <translation>the file was read back from the disk and checked as a receiving laptop would. It is safe to carry.</translation>
    </message>
    <message>
        <source>The package is encrypted: only laptops of this dataset can read it. On a USB drive, eject it safely before unplugging it.</source>
        <translation>The package is encrypted: only laptops of this dataset can read it. On a USB drive, eject it safely before unplugging it.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Package from the laptop &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Package from the laptop &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>This package was already imported on this laptop; importing it again would change nothing.</source>
        <translation>This package was already imported on this laptop; importing it again would change nothing.</translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation>What changed:</translation>
    </message>
    <message>
        <source>What will change on this laptop:</source>
        <translation>What will change on this laptop:</translation>
    </message>
    <message numerus="yes">
        <source>%n new record(s)</source>
        <translation>
            <numerusform>%n new record</numerusform>
            <numerusform>%n new records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated record(s)</source>
        <translation>
            <numerusform>%n updated record</numerusform>
            <numerusform>%n updated records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) already up to date</source>
        <translation>
            <numerusform>%n record already up to date</numerusform>
            <numerusform>%n records already up to date</numerusform>
        </translation>
    </message>
    <message>
        <source>the same field was changed on both laptops; the later change is kept and the other one is listed under Conflicts for review.</source>
        <translation>the same field was changed on both laptops; the later change is kept and the other one is listed under Conflicts for review.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of people erased at their request are ignored.</source>
        <translation>
            <numerusform>%n record of a person erased at their request is ignored.</numerusform>
            <numerusform>%n records of people erased at their request are ignored.</numerusform>
        </translation>
    </message>
    <message>
        <source>This package holds nothing new for this laptop.</source>
        <translation>This package holds nothing new for this laptop.</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warning:</translation>
    </message>
    <message>
        <source>Every other laptop already has this laptop&apos;s records, so the package holds none; it still tells them what this laptop has received.</source>
        <translation>Every other laptop already has this laptop&apos;s records, so the package holds none; it still tells them what this laptop has received.</translation>
    </message>
    <message>
        <source>Privacy notice version</source>
        <translation>Privacy notice version</translation>
    </message>
    <message>
        <source>Consent collected by</source>
        <translation>Consent collected by</translation>
    </message>
</context>
<context>
    <name>capacita::TargetRepository</name>
    <message>
        <source>&quot;%1&quot; is not an indicator that takes a target; use one of: %2.</source>
        <translation>&quot;%1&quot; is not an indicator that takes a target; use one of: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period; write a fiscal year like FY2025 or a quarter like FY2025-Q1.</source>
        <translation>&quot;%1&quot; is not a period; write a fiscal year like FY2025 or a quarter like FY2025-Q1.</translation>
    </message>
    <message>
        <source>a target must be a number of zero or more.</source>
        <translation>a target must be a number of zero or more.</translation>
    </message>
    <message>
        <source>an attendance rate target is a share from 0 to 1.</source>
        <translation>an attendance rate target is a share from 0 to 1.</translation>
    </message>
    <message>
        <source>no target has the id %1.</source>
        <translation>no target has the id %1.</translation>
    </message>
</context>
<context>
    <name>capacita::TrainingEditor</name>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Minimum share of sessions a participant must attend to complete the training</source>
        <translation>Minimum share of sessions a participant must attend to complete the training</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Co&amp;mpletion:</source>
        <translation>Co&amp;mpletion:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Topics:</translation>
    </message>
    <message>
        <source>&amp;Modality:</source>
        <translation>&amp;Modality:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>D&amp;ates:</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>&amp;Facilitators:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Pla&amp;nned people:</source>
        <translation>Pla&amp;nned people:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Histo&amp;ry…</source>
        <translation>Histo&amp;ry…</translation>
    </message>
    <message>
        <source>Who changed this training, its sessions, enrollments, attendance and scores</source>
        <translation>Who changed this training, its sessions, enrollments, attendance and scores</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
</context>
<context>
    <name>capacita::TrainingModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>capacita::TrainingRepository</name>
    <message>
        <source>&quot;%1&quot; is not a topic; use TIP, GBV, CEFM or other.</source>
        <translation>&quot;%1&quot; is not a topic; use TIP, GBV, CEFM or other.</translation>
    </message>
    <message>
        <source>%1 is not a district code of the UBIGEO table.</source>
        <translation>%1 is not a district code of the UBIGEO table.</translation>
    </message>
    <message>
        <source>%1 is already the code of the training &quot;%2&quot;.</source>
        <translation>%1 is already the code of the training &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No training with id %1.</source>
        <translation>No training with id %1.</translation>
    </message>
    <message>
        <source>a session is on %1, before this start date; move or delete it first.</source>
        <translation>a session is on %1, before this start date; move or delete it first.</translation>
    </message>
    <message>
        <source>a session is on %1, after this end date; move or delete it first.</source>
        <translation>a session is on %1, after this end date; move or delete it first.</translation>
    </message>
</context>
<context>
    <name>capacita::TrainingSelector</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>No trainings yet: create one under Trainings</source>
        <translation>No trainings yet: create one under Trainings</translation>
    </message>
</context>
<context>
    <name>capacita::TrainingsPage</name>
    <message>
        <source>Search by code, title, department, venue…</source>
        <translation>Search by code, title, department, venue…</translation>
    </message>
    <message>
        <source>&amp;New training</source>
        <translation>&amp;New training</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>A&amp;ttendance</translation>
    </message>
    <message>
        <source>Sc&amp;ores</source>
        <translation>Sc&amp;ores</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>New training</source>
        <translation>New training</translation>
    </message>
    <message>
        <source>The training could not be created.</source>
        <translation>The training could not be created.</translation>
    </message>
    <message>
        <source>Delete training</source>
        <translation>Delete training</translation>
    </message>
    <message numerus="yes">
        <source>Delete the training %1 “%2” with its %n session(s), its enrollments, attendance and scores?</source>
        <translation>
            <numerusform>Delete the training %1 “%2” with its %n session, its enrollments, attendance and scores?</numerusform>
            <numerusform>Delete the training %1 “%2” with its %n sessions, its enrollments, attendance and scores?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are enrolled. You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>%n person is enrolled. You can undo this with Ctrl+Z.</numerusform>
            <numerusform>%n people are enrolled. You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>The training could not be deleted.</source>
        <translation>The training could not be deleted.</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Print sign-in sheet (PDF)…</source>
        <translation>Print sign-in sheet (PDF)…</translation>
    </message>
    <message>
        <source>Print score sheet (PDF)…</source>
        <translation>Print score sheet (PDF)…</translation>
    </message>
    <message>
        <source>Search trainings</source>
        <translation>Search trainings</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
</context>
<context>
    <name>capacita::WritePackageDialog</name>
    <message>
        <source>Write package</source>
        <translation>Write package</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>No USB drive found. Plug one in, or choose any folder (for example to attach the package to an e-mail).</source>
        <translation>No USB drive found. Plug one in, or choose any folder (for example to attach the package to an e-mail).</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1 (%2 free)</translation>
    </message>
    <message>
        <source>Everything (full package)</source>
        <translation>Everything (full package)</translation>
    </message>
    <message>
        <source>Without this option the package holds only the changes that not every laptop has confirmed. A full package suits a laptop that joined late or lost packages.</source>
        <translation>Without this option the package holds only the changes that not every laptop has confirmed. A full package suits a laptop that joined late or lost packages.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>USB drives:</source>
        <translation>USB drives:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Write</translation>
    </message>
    <message>
        <source>Choose where to write the package</source>
        <translation>Choose where to write the package</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>This folder does not exist.</translation>
    </message>
</context>
<context>
    <name>capacita::ZipArchive</name>
    <message>
        <source>The file cannot be read as a zip archive: %1.</source>
        <translation>The file cannot be read as a zip archive: %1.</translation>
    </message>
    <message>
        <source>The file is not a valid .xlsx workbook (its zip container is damaged: %1).</source>
        <translation>The file is not a valid .xlsx workbook (its zip container is damaged: %1).</translation>
    </message>
    <message>
        <source>The workbook has no part %1.</source>
        <translation>The workbook has no part %1.</translation>
    </message>
    <message>
        <source>The part %1 of the workbook unpacks to more than %2 MB; the file is refused.</source>
        <translation>The part %1 of the workbook unpacks to more than %2 MB; the file is refused.</translation>
    </message>
    <message>
        <source>The part %1 of the workbook cannot be opened: %2.</source>
        <translation>The part %1 of the workbook cannot be opened: %2.</translation>
    </message>
    <message>
        <source>The part %1 of the workbook is damaged: %2.</source>
        <translation>The part %1 of the workbook is damaged: %2.</translation>
    </message>
</context>
<context>
    <name>capacita::attendancestyle</name>
    <message>
        <source>P</source>
        <comment>one-letter attendance mark: present (Spanish: P)</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>L</source>
        <comment>one-letter attendance mark: late (Spanish: T, tarde)</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>E</source>
        <comment>one-letter attendance mark: excused (Spanish: J, justificado)</comment>
        <translation>E</translation>
    </message>
    <message>
        <source>A</source>
        <comment>one-letter attendance mark: absent (Spanish: A)</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
</context>
<context>
    <name>capacita::cli::Args</name>
    <message>
        <source>this option takes no value.</source>
        <translation>this option takes no value.</translation>
    </message>
    <message>
        <source>a value is missing.</source>
        <translation>a value is missing.</translation>
    </message>
    <message>
        <source>unknown option.</source>
        <translation>unknown option.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::AuditCommands</name>
    <message>
        <source>--format: &quot;%1&quot; is not a format; use json or csv.</source>
        <translation>--format: &quot;%1&quot; is not a format; use json or csv.</translation>
    </message>
    <message>
        <source>the operator name is empty.</source>
        <translation>the operator name is empty.</translation>
    </message>
    <message>
        <source>an action is missing (list or operator).</source>
        <translation>an action is missing (list or operator).</translation>
    </message>
    <message>
        <source>%1: unknown action.</source>
        <translation>%1: unknown action.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::BackupCommands</name>
    <message>
        <source>give either a backup FILE or --latest.</source>
        <translation>give either a backup FILE or --latest.</translation>
    </message>
    <message>
        <source>an action is missing (create, list, restore).</source>
        <translation>an action is missing (create, list, restore).</translation>
    </message>
    <message>
        <source>%1: unknown action.</source>
        <translation>%1: unknown action.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::DatasetCommands</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no such file.</translation>
    </message>
    <message>
        <source>the passphrase is too short: use at least %1 characters (several words are best).</source>
        <translation>the passphrase is too short: use at least %1 characters (several words are best).</translation>
    </message>
    <message>
        <source>%1: not a file in an existing folder.</source>
        <translation>%1: not a file in an existing folder.</translation>
    </message>
    <message>
        <source>give either a JOIN_FILE or --passphrase-file with --dataset-id.</source>
        <translation>give either a JOIN_FILE or --passphrase-file with --dataset-id.</translation>
    </message>
    <message>
        <source>an action is missing (%1).</source>
        <translation>an action is missing (%1).</translation>
    </message>
    <message>
        <source>%1: unknown action.</source>
        <translation>%1: unknown action.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::Dispatch</name>
    <message>
        <source>--db: a value is missing.</source>
        <translation>--db: a value is missing.</translation>
    </message>
    <message>
        <source>--db: the database path is empty.</source>
        <translation>--db: the database path is empty.</translation>
    </message>
    <message>
        <source>%1: unknown option.</source>
        <translation>%1: unknown option.</translation>
    </message>
    <message>
        <source>a command is missing.</source>
        <translation>a command is missing.</translation>
    </message>
    <message>
        <source>%1: unknown command.</source>
        <translation>%1: unknown command.</translation>
    </message>
    <message>
        <source>usage: capacita-cli [--db FILE] COMMAND ...
commands: %1
Try &apos;capacita-cli --help&apos; for more.</source>
        <translation>usage: capacita-cli [--db FILE] COMMAND ...
commands: %1
Try &apos;capacita-cli --help&apos; for more.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::ImportCommands</name>
    <message numerus="yes">
        <source>%n row(s) rejected; nothing was imported. Fix them, or use --skip-invalid.</source>
        <translation>
            <numerusform>%n row rejected; nothing was imported. Fix it, or use --skip-invalid.</numerusform>
            <numerusform>%n rows rejected; nothing was imported. Fix them, or use --skip-invalid.</numerusform>
        </translation>
    </message>
    <message>
        <source>--out: the file name is empty.</source>
        <translation>--out: the file name is empty.</translation>
    </message>
    <message>
        <source>%1: not a field that can be taken (%2).</source>
        <translation>%1: not a field that can be taken (%2).</translation>
    </message>
    <message>
        <source>what to act on is missing (%1).</source>
        <translation>what to act on is missing (%1).</translation>
    </message>
    <message>
        <source>%1: unknown action.</source>
        <translation>%1: unknown action.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::Messages</name>
    <message>
        <source>--%1: this option is required.</source>
        <translation>--%1: this option is required.</translation>
    </message>
    <message>
        <source>expected %1 word(s) after the command, got %2.</source>
        <translation>expected %1 word(s) after the command, got %2.</translation>
    </message>
    <message>
        <source>expected %1 to %2 words after the command, got %3.</source>
        <translation>expected %1 to %2 words after the command, got %3.</translation>
    </message>
    <message>
        <source>--db: the database path is empty.</source>
        <translation>--db: the database path is empty.</translation>
    </message>
    <message>
        <source>Try &apos;capacita-cli --help&apos; for more.</source>
        <translation>Try &apos;capacita-cli --help&apos; for more.</translation>
    </message>
    <message>
        <source>--lang: use es or en.</source>
        <translation>--lang: use es or en.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::ParticipantCommands</name>
    <message>
        <source>--dni cannot be combined with --doc-type or --doc-number.</source>
        <translation>--dni cannot be combined with --doc-type or --doc-number.</translation>
    </message>
    <message>
        <source>%1: unknown action.</source>
        <translation>%1: unknown action.</translation>
    </message>
    <message>
        <source>an action is missing (add, update, delete, purge, export, list, show, merge or unmerge).</source>
        <translation>an action is missing (add, update, delete, purge, export, list, show, merge or unmerge).</translation>
    </message>
</context>
<context>
    <name>capacita::cli::RecordCommands</name>
    <message>
        <source>%1: unknown action.</source>
        <translation>%1: unknown action.</translation>
    </message>
    <message>
        <source>an action is missing (list).</source>
        <translation>an action is missing (list).</translation>
    </message>
</context>
<context>
    <name>capacita::cli::ReferenceCommands</name>
    <message>
        <source>no department is called &quot;%1&quot;; see the department names in `capacita-cli districts`.</source>
        <translation>no department is called &quot;%1&quot;; see the department names in `capacita-cli districts`.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::ReportCommands</name>
    <message>
        <source>no department is called &quot;%1&quot;; see the department names in `capacita-cli districts`.</source>
        <translation>no department is called &quot;%1&quot;; see the department names in `capacita-cli districts`.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fiscal year; write it as four digits, like 2025.</source>
        <translation>&quot;%1&quot; is not a fiscal year; write it as four digits, like 2025.</translation>
    </message>
    <message>
        <source>a quarter is 1, 2, 3 or 4.</source>
        <translation>a quarter is 1, 2, 3 or 4.</translation>
    </message>
    <message>
        <source>the end of the period is before its start.</source>
        <translation>the end of the period is before its start.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a topic; see `capacita-cli topics`.</source>
        <translation>&quot;%1&quot; is not a topic; see `capacita-cli topics`.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a participant type; see `capacita-cli types`.</source>
        <translation>&quot;%1&quot; is not a participant type; see `capacita-cli types`.</translation>
    </message>
    <message>
        <source>give the period once: --fy, --period or --from/--to.</source>
        <translation>give the period once: --fy, --period or --from/--to.</translation>
    </message>
    <message>
        <source>--quarter needs --fy.</source>
        <translation>--quarter needs --fy.</translation>
    </message>
    <message>
        <source>--by and --key go together.</source>
        <translation>--by and --key go together.</translation>
    </message>
    <message>
        <source>--format: use one of %1.</source>
        <translation>--format: use one of %1.</translation>
    </message>
    <message>
        <source>--out FILE is required for %1 output.</source>
        <translation>--out FILE is required for %1 output.</translation>
    </message>
    <message>
        <source>--by and --key belong to `report participants`.</source>
        <translation>--by and --key belong to `report participants`.</translation>
    </message>
    <message>
        <source>Training indicators</source>
        <translation>Training indicators</translation>
    </message>
    <message>
        <source>say which report: indicators or participants.</source>
        <translation>say which report: indicators or participants.</translation>
    </message>
    <message>
        <source>%1: unknown report.</source>
        <translation>%1: unknown report.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::SessionCommands</name>
    <message>
        <source>an action is missing (add, update, delete, show or list).</source>
        <translation>an action is missing (add, update, delete, show or list).</translation>
    </message>
    <message>
        <source>%1: unknown action.</source>
        <translation>%1: unknown action.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::SheetCommands</name>
    <message>
        <source>what to print is missing (signin, scores).</source>
        <translation>what to print is missing (signin, scores).</translation>
    </message>
    <message>
        <source>%1: unknown sheet; use signin or scores.</source>
        <translation>%1: unknown sheet; use signin or scores.</translation>
    </message>
    <message>
        <source>--out: the file name is empty.</source>
        <translation>--out: the file name is empty.</translation>
    </message>
    <message>
        <source>The maximum score must be greater than zero.</source>
        <translation>The maximum score must be greater than zero.</translation>
    </message>
    <message>
        <source>The number of blank rows must be from 0 to 200.</source>
        <translation>The number of blank rows must be from 0 to 200.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::SyncCommands</name>
    <message>
        <source>the file name is empty.</source>
        <translation>the file name is empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conflict id.</source>
        <translation>&quot;%1&quot; is not a conflict id.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: use local or remote.</source>
        <translation>&quot;%1&quot;: use local or remote.</translation>
    </message>
    <message>
        <source>an action is missing (%1).</source>
        <translation>an action is missing (%1).</translation>
    </message>
    <message>
        <source>%1: unknown action.</source>
        <translation>%1: unknown action.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::TargetCommands</name>
    <message>
        <source>&quot;%1&quot; is not a participant type; see `capacita-cli types`.</source>
        <translation>&quot;%1&quot; is not a participant type; see `capacita-cli types`.</translation>
    </message>
    <message>
        <source>no department is called &quot;%1&quot;; see the department names in `capacita-cli districts`.</source>
        <translation>no department is called &quot;%1&quot;; see the department names in `capacita-cli districts`.</translation>
    </message>
    <message>
        <source>say what to do: set, list or delete.</source>
        <translation>say what to do: set, list or delete.</translation>
    </message>
    <message>
        <source>%1: unknown action.</source>
        <translation>%1: unknown action.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::TrainingCommands</name>
    <message>
        <source>an action is missing (add, update, delete, list or show).</source>
        <translation>an action is missing (add, update, delete, list or show).</translation>
    </message>
    <message>
        <source>%1: unknown action.</source>
        <translation>%1: unknown action.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::Usage</name>
    <message>
        <source>init</source>
        <translation>init</translation>
    </message>
    <message>
        <source>participant add --given-names G --family-names N --sex F|M|X|unknown
        [--dni D | --doc-type dni|ce|none --doc-number N] [--birth-year Y]
        [--type CODE] [--institution I] [--ubigeo U] [--phone P] [--email E]
        [--languages L]  -&gt; prints id</source>
        <translation>participant add --given-names G --family-names N --sex F|M|X|unknown
        [--dni D | --doc-type dni|ce|none --doc-number N] [--birth-year Y]
        [--type CODE] [--institution I] [--ubigeo U] [--phone P] [--email E]
        [--languages L]  -&gt; prints id</translation>
    </message>
    <message>
        <source>participant update ID [same options; an empty value clears an optional field]</source>
        <translation>participant update ID [same options; an empty value clears an optional field]</translation>
    </message>
    <message>
        <source>participant delete ID</source>
        <translation>participant delete ID</translation>
    </message>
    <message>
        <source>participant list | show ID</source>
        <translation>participant list | show ID</translation>
    </message>
    <message>
        <source>participant purge ID  (permanent erasure of the person, on every laptop)</source>
        <translation>participant purge ID  (permanent erasure of the person, on every laptop)</translation>
    </message>
    <message>
        <source>training add --code C --title T --start YYYY-MM-DD --end YYYY-MM-DD
        [--ubigeo U] [--topics TIP,GBV] [--completion 0.8] [--completion-min-post S]
        [--modality in_person|virtual|hybrid] [--venue V] [--facilitators F]
        [--partner P] [--planned-participants N]
        [--status planned|ongoing|completed|cancelled]  -&gt; prints id</source>
        <translation>training add --code C --title T --start YYYY-MM-DD --end YYYY-MM-DD
        [--ubigeo U] [--topics TIP,GBV] [--completion 0.8] [--completion-min-post S]
        [--modality in_person|virtual|hybrid] [--venue V] [--facilitators F]
        [--partner P] [--planned-participants N]
        [--status planned|ongoing|completed|cancelled]  -&gt; prints id</translation>
    </message>
    <message>
        <source>training update ID [same options] | delete ID | list | show ID</source>
        <translation>training update ID [same options] | delete ID | list | show ID</translation>
    </message>
    <message>
        <source>session add TRAINING_ID --date YYYY-MM-DD [--hours H] [--start-time HH:MM]
        [--end-time HH:MM] [--topic T]  -&gt; prints id</source>
        <translation>session add TRAINING_ID --date YYYY-MM-DD [--hours H] [--start-time HH:MM]
        [--end-time HH:MM] [--topic T]  -&gt; prints id</translation>
    </message>
    <message>
        <source>session update ID [same options] | delete ID | show ID | list TRAINING_ID</source>
        <translation>session update ID [same options] | delete ID | show ID | list TRAINING_ID</translation>
    </message>
    <message>
        <source>enroll TRAINING_ID PARTICIPANT_ID  -&gt; prints id</source>
        <translation>enroll TRAINING_ID PARTICIPANT_ID  -&gt; prints id</translation>
    </message>
    <message>
        <source>unenroll TRAINING_ID PARTICIPANT_ID</source>
        <translation>unenroll TRAINING_ID PARTICIPANT_ID</translation>
    </message>
    <message>
        <source>attend SESSION_ID PARTICIPANT_ID present|late|excused|absent  -&gt; prints id</source>
        <translation>attend SESSION_ID PARTICIPANT_ID present|late|excused|absent  -&gt; prints id</translation>
    </message>
    <message>
        <source>attendance list TRAINING_ID</source>
        <translation>attendance list TRAINING_ID</translation>
    </message>
    <message>
        <source>score TRAINING_ID PARTICIPANT_ID pre|post SCORE [--max M]  -&gt; prints id</source>
        <translation>score TRAINING_ID PARTICIPANT_ID pre|post SCORE [--max M]  -&gt; prints id</translation>
    </message>
    <message>
        <source>score list TRAINING_ID</source>
        <translation>score list TRAINING_ID</translation>
    </message>
    <message>
        <source>types</source>
        <translation>types</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>topics</translation>
    </message>
    <message>
        <source>districts [--department NAME]</source>
        <translation>districts [--department NAME]</translation>
    </message>
    <message>
        <source>dump</source>
        <translation>dump</translation>
    </message>
    <message>
        <source>dataset create --name N --out JOIN_FILE [--passphrase-file P]
        -&gt; prints dataset_id, name, site_id, join_file</source>
        <translation>dataset create --name N --out JOIN_FILE [--passphrase-file P]
        -&gt; prints dataset_id, name, site_id, join_file</translation>
    </message>
    <message>
        <source>dataset join JOIN_FILE | join --passphrase-file P --dataset-id ID</source>
        <translation>dataset join JOIN_FILE | join --passphrase-file P --dataset-id ID</translation>
    </message>
    <message>
        <source>device list | revoke SITE_ID | rename NAME</source>
        <translation>device list | revoke SITE_ID | rename NAME</translation>
    </message>
    <message>
        <source>sync export --out FILE [--full] [--to SITE_ID]  -&gt; prints a summary</source>
        <translation>sync export --out FILE [--full] [--to SITE_ID]  -&gt; prints a summary</translation>
    </message>
    <message>
        <source>sync import FILE [--dry-run]  -&gt; prints a summary</source>
        <translation>sync import FILE [--dry-run]  -&gt; prints a summary</translation>
    </message>
    <message>
        <source>sync status</source>
        <translation>sync status</translation>
    </message>
    <message>
        <source>conflicts list [--all] | resolve ID --keep local|remote</source>
        <translation>conflicts list [--all] | resolve ID --keep local|remote</translation>
    </message>
    <message>
        <source>capacita-cli: training records of Capacita from the command line.

Usage: capacita-cli [--db FILE] COMMAND ...
       capacita-cli --version | --help

</source>
        <translation>capacita-cli: training records of Capacita from the command line.

Usage: capacita-cli [--db FILE] COMMAND ...
       capacita-cli --version | --help

</translation>
    </message>
    <message>
        <source>
The database is FILE from --db, else $CAPACITA_DB, else %1.
A missing database file is created. Dates are YYYY-MM-DD, numbers use a decimal
point, --completion is a share from 0 to 1 and a DNI is exactly 8 digits.

Output: a new record&apos;s id alone on one line; list, show and dump print JSON;
update and delete print nothing. Messages go to stderr.

Sync: a laptop creates a dataset (its key goes into JOIN_FILE, readable by its owner
only) or joins one; packages written by sync export carry its changes, encrypted and
signed, to laptops that read them with sync import. A passphrase file holds the
passphrase on its first line (at least 12 characters).

Exit codes:
  0  done
  1  bad input: a value that is not allowed, an unknown code or id, a rule broken
  2  usage: unknown command or option, missing argument
  3  refused: the file is not a Capacita database or is from a newer version
     (it is left untouched); a sync package that is damaged, altered, cut short,
     from another dataset or a revoked laptop (nothing is imported)
  4  the disk or the database engine failed; nothing was changed
</source>
        <translation>
The database is FILE from --db, else $CAPACITA_DB, else %1.
A missing database file is created. Dates are YYYY-MM-DD, numbers use a decimal
point, --completion is a share from 0 to 1 and a DNI is exactly 8 digits.

Output: a new record&apos;s id alone on one line; list, show and dump print JSON;
update and delete print nothing. Messages go to stderr.

Sync: a laptop creates a dataset (its key goes into JOIN_FILE, readable by its owner
only) or joins one; packages written by sync export carry its changes, encrypted and
signed, to laptops that read them with sync import. A passphrase file holds the
passphrase on its first line (at least 12 characters).

Exit codes:
  0  done
  1  bad input: a value that is not allowed, an unknown code or id, a rule broken
  2  usage: unknown command or option, missing argument
  3  refused: the file is not a Capacita database or is from a newer version
     (it is left untouched); a sync package that is damaged, altered, cut short,
     from another dataset or a revoked laptop (nothing is imported)
  4  the disk or the database engine failed; nothing was changed
</translation>
    </message>
    <message>
        <source>dataset show | join-file --out JOIN_FILE</source>
        <translation>dataset show | join-file --out JOIN_FILE</translation>
    </message>
    <message>
        <source>participant merge KEEP OTHER [--take FIELD,FIELD]  -&gt; prints what moved
        (FIELD: given_names family_names dni sex birth_year type institution
        ubigeo phone email languages; OTHER&apos;s value wins for those)</source>
        <translation>participant merge KEEP OTHER [--take FIELD,FIELD]  -&gt; prints what moved
        (FIELD: given_names family_names dni sex birth_year type institution
        ubigeo phone email languages; OTHER&apos;s value wins for those)</translation>
    </message>
    <message>
        <source>participant unmerge OTHER  -&gt; prints what was restored</source>
        <translation>participant unmerge OTHER  -&gt; prints what was restored</translation>
    </message>
    <message>
        <source>import roster FILE [--dry-run] [--skip-invalid] [--sheet NAME]  -&gt; prints a summary
        (FILE: .xlsx or .csv; a rejected row refuses the whole file, exit 1,
        unless --skip-invalid; --dry-run reports and changes nothing)</source>
        <translation>import roster FILE [--dry-run] [--skip-invalid] [--sheet NAME]  -&gt; prints a summary
        (FILE: .xlsx or .csv; a rejected row refuses the whole file, exit 1,
        unless --skip-invalid; --dry-run reports and changes nothing)</translation>
    </message>
    <message>
        <source>template roster --out FILE.xlsx|FILE.csv  -&gt; an empty roster with the Spanish headers</source>
        <translation>template roster --out FILE.xlsx|FILE.csv  -&gt; an empty roster with the Spanish headers</translation>
    </message>
    <message>
        <source>duplicates list [--participant ID]  -&gt; probable duplicate pairs with the evidence</source>
        <translation>duplicates list [--participant ID]  -&gt; probable duplicate pairs with the evidence</translation>
    </message>
    <message>
        <source>duplicates dismiss A B  (not the same person: never proposed again)</source>
        <translation>duplicates dismiss A B  (not the same person: never proposed again)</translation>
    </message>
    <message>
        <source>participant add|update ... [--consent-date YYYY-MM-DD] [--consent-notice VERSION]
        [--consent-by NAME]  (consent under Ley 29733; no date = no consent)</source>
        <translation>participant add|update ... [--consent-date YYYY-MM-DD] [--consent-notice VERSION]
        [--consent-by NAME]  (consent under Ley 29733; no date = no consent)</translation>
    </message>
    <message>
        <source>participant export ID [--out FILE]  -&gt; everything held about the person, as JSON</source>
        <translation>participant export ID [--out FILE]  -&gt; everything held about the person, as JSON</translation>
    </message>
    <message>
        <source>backup create  -&gt; a checked copy of the database in its backups folder</source>
        <translation>backup create  -&gt; a checked copy of the database in its backups folder</translation>
    </message>
    <message>
        <source>backup list  -&gt; the backups, newest first: path, created, reason, size</source>
        <translation>backup list  -&gt; the backups, newest first: path, created, reason, size</translation>
    </message>
    <message>
        <source>backup restore FILE | --latest  (checks the backup, keeps a copy of the current
        file, then replaces it; refused while Capacita has the file open)</source>
        <translation>backup restore FILE | --latest  (checks the backup, keeps a copy of the current
        file, then replaces it; refused while Capacita has the file open)</translation>
    </message>
    <message>
        <source>audit list [--record ID] [--format json|csv] [--out FILE]  -&gt; who changed what, when,
        on which laptop (ID: a participant or training with its rows, or any row)</source>
        <translation>audit list [--record ID] [--format json|csv] [--out FILE]  -&gt; who changed what, when,
        on which laptop (ID: a participant or training with its rows, or any row)</translation>
    </message>
    <message>
        <source>audit operator [NAME]  -&gt; shows or sets the name the audit log records</source>
        <translation>audit operator [NAME]  -&gt; shows or sets the name the audit log records</translation>
    </message>
    <message>
        <source>report indicators [--fy YYYY [--quarter Q] | --period FY2025-Q1 | --from D --to D]
        [--department NAME] [--topic CODE] [--type CODE] [--consented-only]
        --format json|csv|xlsx|pdf [--out FILE]  -&gt; the donor figures
        (xlsx and pdf need --out; json and csv go to stdout without it)</source>
        <translation>report indicators [--fy YYYY [--quarter Q] | --period FY2025-Q1 | --from D --to D]
        [--department NAME] [--topic CODE] [--type CODE] [--consented-only]
        --format json|csv|xlsx|pdf [--out FILE]  -&gt; the donor figures
        (xlsx and pdf need --out; json and csv go to stdout without it)</translation>
    </message>
    <message>
        <source>report participants [same period and filters] [--by DIMENSION --key KEY]
        --format json|csv|xlsx [--out FILE]  -&gt; the people counted as trained
        (DIMENSION: sex age_band participant_type department topic month)</source>
        <translation>report participants [same period and filters] [--by DIMENSION --key KEY]
        --format json|csv|xlsx [--out FILE]  -&gt; the people counted as trained
        (DIMENSION: sex age_band participant_type department topic month)</translation>
    </message>
    <message>
        <source>target set INDICATOR PERIOD VALUE [--type CODE] [--department NAME]  -&gt; prints id
        (PERIOD: FY2025, 2025 or FY2025-Q1; setting it again replaces the value)</source>
        <translation>target set INDICATOR PERIOD VALUE [--type CODE] [--department NAME]  -&gt; prints id
        (PERIOD: FY2025, 2025 or FY2025-Q1; setting it again replaces the value)</translation>
    </message>
    <message>
        <source>target list | delete ID</source>
        <translation>target list | delete ID</translation>
    </message>
    <message>
        <source>sheet signin|scores TRAINING_ID_OR_CODE --out FILE.pdf [--max M] [--blank-rows N]
        -&gt; a printed sign-in sheet (one signature column per session) or pre/post
        score sheet for the enrolled, with blank rows for walk-ins</source>
        <translation>sheet signin|scores TRAINING_ID_OR_CODE --out FILE.pdf [--max M] [--blank-rows N]
        -&gt; a printed sign-in sheet (one signature column per session) or pre/post
        score sheet for the enrolled, with blank rows for walk-ins</translation>
    </message>
    <message>
        <source>report ... and sheet ... [--lang es|en]  -&gt; language of the document (Spanish unless en)</source>
        <translation>report ... and sheet ... [--lang es|en]  -&gt; language of the document (Spanish unless en)</translation>
    </message>
</context>
<context>
    <name>capacita::csvreader</name>
    <message>
        <source>The file has no header line and no rows.</source>
        <translation>The file has no header line and no rows.</translation>
    </message>
    <message>
        <source>CSV, %1, delimiter %2</source>
        <translation>CSV, %1, delimiter %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>%1 is larger than %2 MB; split it into smaller files.</translation>
    </message>
</context>
<context>
    <name>capacita::csvreader::Parser</name>
    <message>
        <source>Line %1: a quoted field starts there and never ends (its closing &quot; is missing).</source>
        <translation>Line %1: a quoted field starts there and never ends (its closing &quot; is missing).</translation>
    </message>
</context>
<context>
    <name>capacita::labels</name>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other / non-binary</source>
        <translation>Other / non-binary</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>DNI</source>
        <translation>DNI</translation>
    </message>
    <message>
        <source>Foreigner&apos;s card (CE)</source>
        <translation>Foreigner&apos;s card (CE)</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>No document</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtual</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
</context>
<context>
    <name>capacita::reports::Drill</name>
    <message>
        <source>&quot;%1&quot; is not a report dimension; use sex, age_band, participant_type, department, topic or month.</source>
        <translation>&quot;%1&quot; is not a report dimension; use sex, age_band, participant_type, department, topic or month.</translation>
    </message>
</context>
<context>
    <name>capacita::reports::PdfReportText</name>
    <message>
        <source>Dataset: %1</source>
        <translation>Dataset: %1</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Generated on %1</translation>
    </message>
    <message>
        <source>Period and filters: %1</source>
        <translation>Period and filters: %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>individuals trained</source>
        <translation>individuals trained</translation>
    </message>
    <message>
        <source>completed participations</source>
        <translation>completed participations</translation>
    </message>
    <message>
        <source>trainings</source>
        <translation>trainings</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>hours of training</source>
        <translation>hours of training</translation>
    </message>
    <message>
        <source>attendance rate</source>
        <translation>attendance rate</translation>
    </message>
    <message>
        <source>mean knowledge gain (points)</source>
        <translation>mean knowledge gain (points)</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definitions</translation>
    </message>
    <message>
        <source>Notes on data quality</source>
        <translation>Notes on data quality</translation>
    </message>
    <message>
        <source>Participants without a DNI on record: %1. Without a document number a person can only be recognised by name, sex and birth year, so some of them may be counted twice.</source>
        <translation>Participants without a DNI on record: %1. Without a document number a person can only be recognised by name, sex and birth year, so some of them may be counted twice.</translation>
    </message>
    <message>
        <source>Probable duplicate pairs not yet reviewed: %1. Until each pair is merged or marked as two people, the same person may be counted twice.</source>
        <translation>Probable duplicate pairs not yet reviewed: %1. Until each pair is merged or marked as two people, the same person may be counted twice.</translation>
    </message>
    <message>
        <source>Open sync conflicts: %1. A figure may change when they are resolved.</source>
        <translation>Open sync conflicts: %1. A figure may change when they are resolved.</translation>
    </message>
    <message>
        <source>A person counts once in the total and once in every category they fall in, so departments, topics and age bands can add up to more than the total.</source>
        <translation>A person counts once in the total and once in every category they fall in, so departments, topics and age bands can add up to more than the total.</translation>
    </message>
</context>
<context>
    <name>capacita::reports::PdfText</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1: this program started without a graphics system to lay out fonts.</source>
        <translation>Cannot write the PDF %1: this program started without a graphics system to lay out fonts.</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1: the page could not be drawn.</source>
        <translation>Cannot write the PDF %1: the page could not be drawn.</translation>
    </message>
</context>
<context>
    <name>capacita::reports::ReportCharts</name>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Individuals trained</source>
        <translation>Individuals trained</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Non-binary (X)</source>
        <translation>Non-binary (X)</translation>
    </message>
    <message>
        <source>Individuals trained by department</source>
        <translation>Individuals trained by department</translation>
    </message>
    <message>
        <source>Individuals trained by participant type</source>
        <translation>Individuals trained by participant type</translation>
    </message>
    <message>
        <source>Individuals trained by sex</source>
        <translation>Individuals trained by sex</translation>
    </message>
    <message>
        <source>Trainings and individuals trained per month</source>
        <translation>Trainings and individuals trained per month</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Pre and post test by participant type</source>
        <translation>Pre and post test by participant type</translation>
    </message>
    <message>
        <source>Pre test</source>
        <translation>Pre test</translation>
    </message>
    <message>
        <source>Post test</source>
        <translation>Post test</translation>
    </message>
    <message>
        <source>Targets and actuals</source>
        <translation>Targets and actuals</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>A training belongs to the period in which it ended. The fiscal year runs from 1 October to 30 September: FY2025 is 1 October 2024 to 30 September 2025.</source>
        <translation>A training belongs to the period in which it ended. The fiscal year runs from 1 October to 30 September: FY2025 is 1 October 2024 to 30 September 2025.</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>One person enrolled in one training.</source>
        <translation>One person enrolled in one training.</translation>
    </message>
    <message>
        <source>Completed participation</source>
        <translation>Completed participation</translation>
    </message>
    <message>
        <source>A participation whose attended sessions (present or late) divided by the training&apos;s sessions reach the training&apos;s completion share (80% unless set otherwise), and whose post test reaches the training&apos;s minimum score when it has one. A training with no sessions has no completed participations.</source>
        <translation>A participation whose attended sessions (present or late) divided by the training&apos;s sessions reach the training&apos;s completion share (80% unless set otherwise), and whose post test reaches the training&apos;s minimum score when it has one. A training with no sessions has no completed participations.</translation>
    </message>
    <message>
        <source>Distinct people, after merging duplicate records, with at least one completed participation in a training that ended in the period. Each person counts once in the total.</source>
        <translation>Distinct people, after merging duplicate records, with at least one completed participation in a training that ended in the period. Each person counts once in the total.</translation>
    </message>
    <message>
        <source>Disaggregations</source>
        <translation>Disaggregations</translation>
    </message>
    <message>
        <source>Sex and participant type are the person&apos;s; the age band is the end year of each training minus the birth year; department and topic are the training&apos;s. A person counts once in each group they fall in, so groups can add up to more than the total. Missing values count as unknown.</source>
        <translation>Sex and participant type are the person&apos;s; the age band is the end year of each training minus the birth year; department and topic are the training&apos;s. A person counts once in each group they fall in, so groups can add up to more than the total. Missing values count as unknown.</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>Present and late marks divided by enrolled participants times sessions, over the trainings of the period.</source>
        <translation>Present and late marks divided by enrolled participants times sessions, over the trainings of the period.</translation>
    </message>
    <message>
        <source>Pre and post test</source>
        <translation>Pre and post test</translation>
    </message>
    <message>
        <source>Over completed participations with both scores, each as a percentage of its maximum score. Gain is post minus pre in percentage points; improved means post above pre; the normalised gain is (post − pre) / (100 − pre), over those whose pre test was below 100%.</source>
        <translation>Over completed participations with both scores, each as a percentage of its maximum score. Gain is post minus pre in percentage points; improved means post above pre; the normalised gain is (post − pre) / (100 − pre), over those whose pre test was below 100%.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>A target is set for a fiscal year or quarter, for the whole programme or for one participant type or department. Its actual is the same figure computed for that period and group.</source>
        <translation>A target is set for a fiscal year or quarter, for the whole programme or for one participant type or department. Its actual is the same figure computed for that period and group.</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Data quality</translation>
    </message>
    <message>
        <source>Participants without DNI are live records without a DNI number; probable duplicates are pairs of records that may be one person and still await review; open conflicts are concurrent edits from synchronisation that nobody has reviewed yet. These cover the whole dataset.</source>
        <translation>Participants without DNI are live records without a DNI number; probable duplicates are pairs of records that may be one person and still await review; open conflicts are concurrent edits from synchronisation that nobody has reviewed yet. These cover the whole dataset.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>department unknown</source>
        <translation>department unknown</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>topic %1</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>type %1</translation>
    </message>
    <message>
        <source>only people with recorded consent</source>
        <translation>only people with recorded consent</translation>
    </message>
</context>
<context>
    <name>capacita::reports::ReportFilter</name>
    <message>
        <source>&quot;%1&quot; is not a period; write a fiscal year like FY2025 or a quarter like FY2025-Q1.</source>
        <translation>&quot;%1&quot; is not a period; write a fiscal year like FY2025 or a quarter like FY2025-Q1.</translation>
    </message>
</context>
<context>
    <name>capacita::reports::ReportTables</name>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Non-binary (X)</source>
        <translation>Non-binary (X)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Under 18</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 and over</translation>
    </message>
    <message>
        <source>Individuals trained</source>
        <translation>Individuals trained</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Participations</translation>
    </message>
    <message>
        <source>Completed participations</source>
        <translation>Completed participations</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Training hours</source>
        <translation>Training hours</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>Participations with pre and post test</source>
        <translation>Participations with pre and post test</translation>
    </message>
    <message>
        <source>Mean pre test (% of maximum)</source>
        <translation>Mean pre test (% of maximum)</translation>
    </message>
    <message>
        <source>Mean post test (% of maximum)</source>
        <translation>Mean post test (% of maximum)</translation>
    </message>
    <message>
        <source>Mean gain (percentage points)</source>
        <translation>Mean gain (percentage points)</translation>
    </message>
    <message>
        <source>Share who improved</source>
        <translation>Share who improved</translation>
    </message>
    <message>
        <source>Mean normalised gain</source>
        <translation>Mean normalised gain</translation>
    </message>
    <message>
        <source>Participants without DNI</source>
        <translation>Participants without DNI</translation>
    </message>
    <message>
        <source>Probable duplicate pairs</source>
        <translation>Probable duplicate pairs</translation>
    </message>
    <message>
        <source>Open sync conflicts</source>
        <translation>Open sync conflicts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Individuals are counted once however many trainings they completed.</source>
        <translation>Individuals are counted once however many trainings they completed.</translation>
    </message>
    <message>
        <source>A person counts once in each group they fall in, so the rows can add up to more than the total of individuals trained.</source>
        <translation>A person counts once in each group they fall in, so the rows can add up to more than the total of individuals trained.</translation>
    </message>
    <message>
        <source>Individuals trained by sex</source>
        <translation>Individuals trained by sex</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Individuals trained by age band</source>
        <translation>Individuals trained by age band</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>Age at the end year of each training; a person trained in two years can count in two bands.</source>
        <translation>Age at the end year of each training; a person trained in two years can count in two bands.</translation>
    </message>
    <message>
        <source>Individuals trained by participant type</source>
        <translation>Individuals trained by participant type</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Individuals trained by department</source>
        <translation>Individuals trained by department</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Department of the training. A person counts once in each department they were trained in, so the rows can add up to more than the total.</source>
        <translation>Department of the training. A person counts once in each department they were trained in, so the rows can add up to more than the total.</translation>
    </message>
    <message>
        <source>Individuals trained by topic</source>
        <translation>Individuals trained by topic</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Knowledge gain (pre and post test)</source>
        <translation>Knowledge gain (pre and post test)</translation>
    </message>
    <message>
        <source>Completed participations with both a pre and a post test; scores as % of the maximum.</source>
        <translation>Completed participations with both a pre and a post test; scores as % of the maximum.</translation>
    </message>
    <message>
        <source>Pre and post test by participant type</source>
        <translation>Pre and post test by participant type</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>Paired</translation>
    </message>
    <message>
        <source>Mean pre test (%)</source>
        <translation>Mean pre test (%)</translation>
    </message>
    <message>
        <source>Mean post test (%)</source>
        <translation>Mean post test (%)</translation>
    </message>
    <message>
        <source>Trainings and individuals per month</source>
        <translation>Trainings and individuals per month</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>By the month in which each training ended.</source>
        <translation>By the month in which each training ended.</translation>
    </message>
    <message>
        <source>Targets and actuals</source>
        <translation>Targets and actuals</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Disaggregation</source>
        <translation>Disaggregation</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>The actual is shown for targets of the report&apos;s period; it counts the whole programme in the target&apos;s disaggregation.</source>
        <translation>The actual is shown for targets of the report&apos;s period; it counts the whole programme in the target&apos;s disaggregation.</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Data quality</translation>
    </message>
    <message>
        <source>Over all the records of the dataset, whatever the period and filters.</source>
        <translation>Over all the records of the dataset, whatever the period and filters.</translation>
    </message>
    <message>
        <source>People counted as trained</source>
        <translation>People counted as trained</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Family names</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Trainings completed</source>
        <translation>Trainings completed</translation>
    </message>
    <message>
        <source>One row per person counted in individuals trained, with the trainings they completed in the period.</source>
        <translation>One row per person counted in individuals trained, with the trainings they completed in the period.</translation>
    </message>
</context>
<context>
    <name>capacita::reports::SheetText</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>Pre test and post test scores</source>
        <translation>Pre test and post test scores</translation>
    </message>
    <message>
        <source>Venue: %1</source>
        <translation>Venue: %1</translation>
    </message>
    <message>
        <source>Dates: %1 to %2</source>
        <translation>Dates: %1 to %2</translation>
    </message>
    <message>
        <source>Maximum score: %1</source>
        <translation>Maximum score: %1</translation>
    </message>
    <message>
        <source>Facilitator: ______________________________   Signature: ____________________</source>
        <translation>Facilitator: ______________________________   Signature: ____________________</translation>
    </message>
    <message>
        <source>Please sign in the column of each session you attend. If your name is not on the list, write your names, DNI and institution in a blank row.</source>
        <translation>Please sign in the column of each session you attend. If your name is not on the list, write your names, DNI and institution in a blank row.</translation>
    </message>
    <message>
        <source>Write each score as a number from 0 to %1. Leave the cell empty when the person did not take the test; do not write a zero for a missing test.</source>
        <translation>Write each score as a number from 0 to %1. Leave the cell empty when the person did not take the test; do not write a zero for a missing test.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Family names, given names</source>
        <translation>Family names, given names</translation>
    </message>
    <message>
        <source>DNI</source>
        <translation>DNI</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Pre test
(of %1)</source>
        <translation>Pre test
(of %1)</translation>
    </message>
    <message>
        <source>Post test
(of %1)</source>
        <translation>Post test
(of %1)</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Sessions %1 to %2 of %3</source>
        <translation>Sessions %1 to %2 of %3</translation>
    </message>
    <message>
        <source>Contains personal data: keep it safe and destroy it once it has been entered in Capacita.</source>
        <translation>Contains personal data: keep it safe and destroy it once it has been entered in Capacita.</translation>
    </message>
    <message>
        <source>No training has the id or code %1.</source>
        <translation>No training has the id or code %1.</translation>
    </message>
</context>
<context>
    <name>capacita::reports::XlsxText</name>
    <message>
        <source>Definitions</source>
        <translation>Definitions</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Cannot write the spreadsheet %1: %2. Any earlier file there was left as it was.</source>
        <translation>Cannot write the spreadsheet %1: %2. Any earlier file there was left as it was.</translation>
    </message>
</context>
<context>
    <name>capacita::rostercolumns</name>
    <message>
        <source>the columns &quot;%1&quot; and &quot;%2&quot; both hold %3; keep only one.</source>
        <translation>the columns &quot;%1&quot; and &quot;%2&quot; both hold %3; keep only one.</translation>
    </message>
    <message>
        <source>The roster lacks the required column(s): %1.</source>
        <translation>The roster lacks the required column(s): %1.</translation>
    </message>
</context>
<context>
    <name>capacita::rosterfile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls file; open it in Excel or LibreOffice and save it as .xlsx or CSV.</source>
        <translation>%1 is an old Excel .xls file; open it in Excel or LibreOffice and save it as .xlsx or CSV.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>capacita::rosterrows</name>
    <message>
        <source>is required: the code groups the rows of one training.</source>
        <translation>is required: the code groups the rows of one training.</translation>
    </message>
    <message>
        <source>%1 is not a district code of the UBIGEO table.</source>
        <translation>%1 is not a district code of the UBIGEO table.</translation>
    </message>
    <message>
        <source>%1 (%2) is not in the department %3.</source>
        <translation>%1 (%2) is not in the department %3.</translation>
    </message>
    <message>
        <source>%1 is before the start date %2.</source>
        <translation>%1 is before the start date %2.</translation>
    </message>
    <message>
        <source>%1 is not a number of sessions (1 to 366).</source>
        <translation>%1 is not a number of sessions (1 to 366).</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>is required.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 cannot be negative.</translation>
    </message>
    <message>
        <source>the maximum score must be greater than 0.</source>
        <translation>the maximum score must be greater than 0.</translation>
    </message>
    <message>
        <source>%1 is outside 0 to %2, the maximum score.</source>
        <translation>%1 is outside 0 to %2, the maximum score.</translation>
    </message>
    <message>
        <source>is required: no row of training %1 gives its title, dates and sessions, and no training with that code is on record.</source>
        <translation>is required: no row of training %1 gives its title, dates and sessions, and no training with that code is on record.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; disagrees with line %2, the first row of training %3, which has &quot;%4&quot;.</source>
        <translation>&quot;%1&quot; disagrees with line %2, the first row of training %3, which has &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; disagrees with training %2 on record, which has &quot;%3&quot;.</source>
        <translation>&quot;%1&quot; disagrees with training %2 on record, which has &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 sessions attended, but the training had %2.</source>
        <translation>%1 sessions attended, but the training had %2.</translation>
    </message>
</context>
<context>
    <name>capacita::rostervalues</name>
    <message>
        <source>%1 is not an Excel date.</source>
        <translation>%1 is not an Excel date.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation>&quot;%1&quot; is not a date; write dd/mm/yyyy or yyyy-mm-dd.</translation>
    </message>
    <message>
        <source>%1 does not exist on the calendar.</source>
        <translation>%1 does not exist on the calendar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; is not a whole number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNI: it has 7 digits, not 8. If a leading zero was lost, format the column as text and type it again.</source>
        <translation>&quot;%1&quot; is not a DNI: it has 7 digits, not 8. If a leading zero was lost, format the column as text and type it again.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNI: it must be exactly 8 digits.</source>
        <translation>&quot;%1&quot; is not a DNI: it must be exactly 8 digits.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sex; use F, M or X (or Mujer, Hombre), or leave it blank.</source>
        <translation>&quot;%1&quot; is not a sex; use F, M or X (or Mujer, Hombre), or leave it blank.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>&quot;%1&quot; is not a year.</translation>
    </message>
    <message>
        <source>%1 is not a plausible birth year (1900 to %2).</source>
        <translation>%1 is not a plausible birth year (1900 to %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UBIGEO code (6 digits).</source>
        <translation>&quot;%1&quot; is not a UBIGEO code (6 digits).</translation>
    </message>
</context>
<context>
    <name>capacita::validation</name>
    <message>
        <source>&quot;%1&quot; is not allowed; use one of: %2.</source>
        <translation>&quot;%1&quot; is not allowed; use one of: %2.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>is required.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 does not exist on the calendar.</source>
        <translation>%1 does not exist on the calendar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; is not a whole number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNI: it must be exactly 8 digits.</source>
        <translation>&quot;%1&quot; is not a DNI: it must be exactly 8 digits.</translation>
    </message>
    <message>
        <source>a carné de extranjería needs its number.</source>
        <translation>a carné de extranjería needs its number.</translation>
    </message>
    <message>
        <source>a number was given without a document type.</source>
        <translation>a number was given without a document type.</translation>
    </message>
    <message>
        <source>%1 is not a plausible birth year (1900 to this year).</source>
        <translation>%1 is not a plausible birth year (1900 to this year).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UBIGEO code (6 digits).</source>
        <translation>&quot;%1&quot; is not a UBIGEO code (6 digits).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; is not an e-mail address.</translation>
    </message>
    <message>
        <source>is required and must be a real date.</source>
        <translation>is required and must be a real date.</translation>
    </message>
    <message>
        <source>%1 is before the start date %2.</source>
        <translation>%1 is before the start date %2.</translation>
    </message>
    <message>
        <source>%1 is not a share of sessions between 0 and 1 (e.g. 0.8).</source>
        <translation>%1 is not a share of sessions between 0 and 1 (e.g. 0.8).</translation>
    </message>
    <message>
        <source>cannot be negative.</source>
        <translation>cannot be negative.</translation>
    </message>
    <message>
        <source>%1 is outside the training&apos;s dates (%2 to %3).</source>
        <translation>%1 is outside the training&apos;s dates (%2 to %3).</translation>
    </message>
    <message>
        <source>%1 is not a number of hours in a day (0 to 24).</source>
        <translation>%1 is not a number of hours in a day (0 to 24).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day (HH:MM).</source>
        <translation>&quot;%1&quot; is not a time of day (HH:MM).</translation>
    </message>
    <message>
        <source>the maximum score must be greater than 0.</source>
        <translation>the maximum score must be greater than 0.</translation>
    </message>
    <message>
        <source>%1 is outside 0 to %2.</source>
        <translation>%1 is outside 0 to %2.</translation>
    </message>
    <message>
        <source>the date of the consent is missing; enter it with the notice version and who collected it.</source>
        <translation>the date of the consent is missing; enter it with the notice version and who collected it.</translation>
    </message>
    <message>
        <source>%1 is not a plausible date of consent.</source>
        <translation>%1 is not a plausible date of consent.</translation>
    </message>
</context>
<context>
    <name>capacita::xlsxparts</name>
    <message>
        <source>The workbook is damaged: %1 is not valid XML (%2, line %3).</source>
        <translation>The workbook is damaged: %1 is not valid XML (%2, line %3).</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>The workbook has no sheets.</translation>
    </message>
</context>
<context>
    <name>capacita::xlsxreader</name>
    <message>
        <source>The workbook is damaged: a cell of %1 (line %2) points to shared text %3, which does not exist.</source>
        <translation>The workbook is damaged: a cell of %1 (line %2) points to shared text %3, which does not exist.</translation>
    </message>
    <message>
        <source>The sheet is empty: it has no header row.</source>
        <translation>The sheet is empty: it has no header row.</translation>
    </message>
    <message>
        <source>The file is not an .xlsx workbook (it has no xl/workbook.xml).</source>
        <translation>The file is not an .xlsx workbook (it has no xl/workbook.xml).</translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot;; its sheets are: %2.</source>
        <translation>The workbook has no sheet &quot;%1&quot;; its sheets are: %2.</translation>
    </message>
    <message>
        <source>XLSX, sheet %1</source>
        <translation>XLSX, sheet %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>%1 is larger than %2 MB; split it into smaller files.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use the database at &lt;path&gt;.</source>
        <translation>Use the database at &lt;path&gt;.</translation>
    </message>
    <message>
        <source>Language of the program: es or en.</source>
        <translation>Language of the program: es or en.</translation>
    </message>
    <message>
        <source>Capacita: training records of a counter-trafficking programme.
The database is chosen by --db, else the CAPACITA_DB variable, else the default location.</source>
        <translation>Capacita: training records of a counter-trafficking programme.
The database is chosen by --db, else the CAPACITA_DB variable, else the default location.</translation>
    </message>
    <message>
        <source>What to do: choose another file with --db PATH. If this file comes from a newer version of Capacita, install that version to open it.</source>
        <translation>What to do: choose another file with --db PATH. If this file comes from a newer version of Capacita, install that version to open it.</translation>
    </message>
    <message>
        <source>What to do: check that the folder exists, that you may write to it and that the disk is not full, then start Capacita again.</source>
        <translation>What to do: check that the folder exists, that you may write to it and that the disk is not full, then start Capacita again.</translation>
    </message>
    <message>
        <source>What to do: choose another file with --db PATH, or ask for help with this file.</source>
        <translation>What to do: choose another file with --db PATH, or ask for help with this file.</translation>
    </message>
    <message>
        <source>Capacita could not open its database:
%1</source>
        <translation>Capacita could not open its database:
%1</translation>
    </message>
    <message>
        <source>White text on black, whatever the setting.</source>
        <translation>White text on black, whatever the setting.</translation>
    </message>
</context>
</TS>
