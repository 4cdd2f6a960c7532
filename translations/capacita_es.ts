<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddParticipantCommand</name>
    <message>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
</context>
<context>
    <name>AddSessionCommand</name>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
</context>
<context>
    <name>AddTrainingCommand</name>
    <message>
        <source>New training %1</source>
        <translation>Nueva capacitación %1</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>is too short: use at least 12 characters (several words are best).</source>
        <translation>es demasiado corta: use al menos 12 caracteres (lo mejor son varias palabras).</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>No hay memoria suficiente para derivar la clave a partir de la frase de acceso.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk is full or failing (%1); nothing was changed.</source>
        <translation>El disco está lleno o falla (%1); no se cambió nada.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>La base de datos informó un error: %1</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Capacita database (it is not an SQLite file); it was left untouched.</source>
        <translation>%1 no es una base de datos de Capacita (no es un archivo SQLite); no se modificó.</translation>
    </message>
    <message>
        <source>%1 is not a Capacita database; it was left untouched.</source>
        <translation>%1 no es una base de datos de Capacita; no se modificó.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Capacita (schema %2, this program knows %3). Install the newer version to open it; the file was left untouched.</source>
        <translation>%1 fue creado por una versión más reciente de Capacita (esquema %2; este programa conoce hasta el %3). Instale la versión más reciente para abrirlo; el archivo no se modificó.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2). Restore the newest backup: in Capacita, choose it when asked; from the command line, capacita-cli backup restore --latest. A copy of the damaged file is kept.</source>
        <translation>El archivo de la base de datos %1 está dañado (%2). Restaure la copia de seguridad más reciente: en Capacita, elíjala cuando se le pregunte; en la línea de comandos, capacita-cli backup restore --latest. Se guarda una copia del archivo dañado.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Close Capacita and restore the newest backup (Settings, Backups; or capacita-cli backup restore --latest).</source>
        <translation>El archivo de la base de datos está dañado (%1). Cierre Capacita y restaure la copia de seguridad más reciente (Ajustes, Copias de seguridad; o capacita-cli backup restore --latest).</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, and no backup could be made first, so it was left as it was: %2</source>
        <translation>%1 necesita actualizarse y no se pudo hacer antes una copia de seguridad, así que quedó como estaba: %2</translation>
    </message>
</context>
<context>
    <name>DeleteParticipantCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar a %1</translation>
    </message>
</context>
<context>
    <name>DeleteSessionCommand</name>
    <message>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
</context>
<context>
    <name>DeleteTrainingCommand</name>
    <message>
        <source>Delete training %1</source>
        <translation>Eliminar capacitación %1</translation>
    </message>
</context>
<context>
    <name>EditParticipantCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar datos de %1</translation>
    </message>
</context>
<context>
    <name>EditSessionCommand</name>
    <message>
        <source>Edit session</source>
        <translation>Editar sesión</translation>
    </message>
</context>
<context>
    <name>EditTrainingCommand</name>
    <message>
        <source>Edit training %1</source>
        <translation>Editar capacitación %1</translation>
    </message>
</context>
<context>
    <name>EnrollCommand</name>
    <message>
        <source>Enrol in training</source>
        <translation>Inscribir en la capacitación</translation>
    </message>
    <message>
        <source>The person is already enrolled in this training.</source>
        <translation>La persona ya está inscrita en esta capacitación.</translation>
    </message>
</context>
<context>
    <name>RowWriter</name>
    <message>
        <source>%1 was erased permanently at the person&apos;s request and cannot be changed or restored.</source>
        <translation>%1 se borró de forma permanente a solicitud de la persona y no se puede cambiar ni restaurar.</translation>
    </message>
    <message>
        <source>No record with id %1.</source>
        <translation>No existe un registro con ID %1.</translation>
    </message>
</context>
<context>
    <name>UnenrollCommand</name>
    <message>
        <source>Remove from training</source>
        <translation>Retirar de la capacitación</translation>
    </message>
</context>
<context>
    <name>capacita</name>
    <message>
        <source>Cannot build the workbook: %1.</source>
        <translation>No se puede generar el libro de Excel: %1.</translation>
    </message>
    <message>
        <source>Cannot build the workbook: the archive came out empty.</source>
        <translation>No se puede generar el libro de Excel: el archivo comprimido quedó vacío.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private to this user: %2</source>
        <translation>No se puede hacer que %1 sea privado para este usuario: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 (is the disk or USB stick full?): %2. Any earlier file there was left as it was.</source>
        <translation>No se puede escribir %1 (¿está lleno el disco o la memoria USB?): %2. Si ya había un archivo ahí, quedó como estaba.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes) to be what was expected.</source>
        <translation>%1 es demasiado grande (%2 bytes) para ser el archivo esperado.</translation>
    </message>
    <message>
        <source>No participant with id %1.</source>
        <translation>No existe un participante con ID %1.</translation>
    </message>
    <message>
        <source>%1 was erased permanently at the person&apos;s request; nothing about them is held any more.</source>
        <translation>%1 fue eliminado definitivamente a pedido de la persona; ya no se guarda nada sobre ella.</translation>
    </message>
</context>
<context>
    <name>capacita::AboutDialog</name>
    <message>
        <source>About Capacita</source>
        <translation>Acerca de Capacita</translation>
    </message>
    <message>
        <source>Training records of a counter-trafficking programme. It works offline; laptops exchange their records by USB.</source>
        <translation>Registro de capacitaciones de un programa contra la trata de personas. Funciona sin internet; las laptops intercambian sus registros por USB.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Conjunto de datos:</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>None yet: this laptop has not created or joined a dataset.</source>
        <translation>Ninguno todavía: esta laptop no ha creado un conjunto de datos ni se ha unido a uno.</translation>
    </message>
    <message>
        <source>This laptop:</source>
        <translation>Esta laptop:</translation>
    </message>
    <message>
        <source>%1 (site id %2)</source>
        <translation>%1 (ID de sitio %2)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Copias de seguridad:</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Versión de Qt:</translation>
    </message>
    <message>
        <source>Licences: the district list of Peru (INEI UBIGEO codes) comes from &quot;ubigeo-peru-aumentado&quot; by Jesus M. Castagnetto, MIT licence. Capacita uses Qt (LGPL 3), SQLite (public domain), libsodium (ISC), libzip (BSD) and libxlsxwriter (BSD).</source>
        <translation>Licencias: la lista de distritos del Perú (códigos UBIGEO del INEI) proviene de &quot;ubigeo-peru-aumentado&quot; de Jesus M. Castagnetto, licencia MIT. Capacita usa Qt (LGPL 3), SQLite (dominio público), libsodium (ISC), libzip (BSD) y libxlsxwriter (BSD).</translation>
    </message>
</context>
<context>
    <name>capacita::AssessmentGrid</name>
    <message>
        <source>Pre and post test scores</source>
        <translation>Notas del pre test y del post test</translation>
    </message>
    <message>
        <source>Type a score to edit it, Enter stores it and moves down, Delete clears it.</source>
        <translation>Escriba una nota para editarla; Enter la guarda y baja a la fila siguiente; Supr la borra.</translation>
    </message>
</context>
<context>
    <name>capacita::AssessmentModel</name>
    <message>
        <source>Pre-test</source>
        <translation>Pre test</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Post test</translation>
    </message>
    <message>
        <source>%1 of %2: %3 out of %4</source>
        <translation>%1 de %2: %3 de %4</translation>
    </message>
    <message>
        <source>%1 of %2: no score yet</source>
        <translation>%1 de %2: aún sin nota</translation>
    </message>
    <message>
        <source>The pre-test is out of %1 and the post-test out of %2.</source>
        <translation>El pre test es sobre %1 y el post test sobre %2.</translation>
    </message>
    <message>
        <source>Maximum score of the test: %1</source>
        <translation>Nota máxima de la prueba: %1</translation>
    </message>
    <message>
        <source>Post-test minus pre-test: %1 points, %2 of the maximum.</source>
        <translation>Post test menos pre test: %1 puntos, %2 del máximo.</translation>
    </message>
    <message>
        <source>Attended %1 of %2 sessions (present or late).</source>
        <translation>Asistió a %1 de %2 sesiones (presente o tarde).</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
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
        <translation>Máx.</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Ganancia</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Pre-test score, typed in place. Empty clears it.</source>
        <translation>Nota del pre test (prueba de entrada); se escribe en la misma celda. Si la deja vacía, se borra.</translation>
    </message>
    <message>
        <source>Post-test score, typed in place. Empty clears it.</source>
        <translation>Nota del post test (prueba de salida); se escribe en la misma celda. Si la deja vacía, se borra.</translation>
    </message>
    <message>
        <source>Maximum score of the test (20 on Peru&apos;s 0-20 scale unless changed).</source>
        <translation>Nota máxima de la prueba (20 en la escala peruana de 0 a 20, salvo que se cambie).</translation>
    </message>
    <message>
        <source>Post minus pre, in points and in % of the maximum.</source>
        <translation>Post menos pre, en puntos y en % del máximo.</translation>
    </message>
    <message>
        <source>Share of the training&apos;s sessions attended (present or late).</source>
        <translation>Proporción de las sesiones de la capacitación a las que asistió (presente o tarde).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Type a score such as 14 or 14,5.</source>
        <translation>&quot;%1&quot; no es un número. Escriba una nota como 14 o 14,5.</translation>
    </message>
    <message>
        <source>pre-test</source>
        <translation>pre test</translation>
    </message>
    <message>
        <source>post-test</source>
        <translation>post test</translation>
    </message>
    <message>
        <source>Set %1 score of %2</source>
        <translation>Registrar nota del %1 de %2</translation>
    </message>
    <message>
        <source>Clear %1 score of %2</source>
        <translation>Borrar nota del %1 de %2</translation>
    </message>
    <message>
        <source>The maximum score must be a number greater than 0.</source>
        <translation>La nota máxima debe ser un número mayor que 0.</translation>
    </message>
    <message>
        <source>Set maximum score of %1 to %2</source>
        <translation>Fijar la nota máxima de %1 en %2</translation>
    </message>
</context>
<context>
    <name>capacita::AssessmentPage</name>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>&amp;Training:</source>
        <translation>&amp;Capacitación:</translation>
    </message>
    <message>
        <source>Type a score and press Enter to go to the next person · decimal point or comma · empty or Delete clears · Max is the test&apos;s maximum (20 unless changed)</source>
        <translation>Escriba la nota y pulse Enter para pasar a la siguiente persona · punto o coma decimal · vacío o Supr borra · Máx. es la nota máxima de la prueba (20 si no se cambia)</translation>
    </message>
    <message>
        <source>Group summary</source>
        <translation>Resumen del grupo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>That training no longer exists.</source>
        <translation>Esa capacitación ya no existe.</translation>
    </message>
    <message>
        <source>Means appear once someone has both a pre-test and a post-test score.</source>
        <translation>Los promedios aparecen cuando alguien tiene nota de pre test y de post test.</translation>
    </message>
    <message>
        <source>%1 of %2 participants with both scores · mean pre %3 · mean post %4 · mean gain %5</source>
        <translation>%1 de %2 participantes con ambas notas · promedio pre %3 · promedio post %4 · ganancia promedio %5</translation>
    </message>
    <message>
        <source>There are no trainings yet. Create a training and enrol its participants on the Participants page; then type their test scores here.</source>
        <translation>Aún no hay capacitaciones. Cree una capacitación e inscriba a sus participantes en la página Participantes; luego escriba aquí sus notas.</translation>
    </message>
    <message>
        <source>Nobody is enrolled in this training yet. Enrol participants on the Participants page.</source>
        <translation>Aún no hay nadie inscrito en esta capacitación. Inscriba participantes en la página Participantes.</translation>
    </message>
</context>
<context>
    <name>capacita::AttendanceGrid</name>
    <message>
        <source>Attendance sheet</source>
        <translation>Hoja de asistencia</translation>
    </message>
    <message>
        <source>Participants by session. P present, L late, E excused, A absent, Space cycles, Delete clears, Ctrl+Shift+P marks everyone present.</source>
        <translation>Participantes por sesión. P presente, T tarde, J justificado, A ausente; Espacio cambia la marca, Supr la borra, Ctrl+Shift+P marca a todos como presentes.</translation>
    </message>
</context>
<context>
    <name>capacita::AttendanceModel</name>
    <message>
        <source>Everyone already has a mark in session %1.</source>
        <translation>Todos ya tienen una marca en la sesión %1.</translation>
    </message>
    <message>
        <source>Mark everyone present in session %1</source>
        <translation>Marcar a todos como presentes en la sesión %1</translation>
    </message>
    <message>
        <source>%1 attended %2 of %3 sessions (%4); completing the training requires %5.</source>
        <translation>%1 asistió a %2 de %3 sesiones (%4); para cumplir la capacitación se requiere %5.</translation>
    </message>
    <message>
        <source>no mark</source>
        <translation>sin marca</translation>
    </message>
    <message>
        <source>%1, session %2 (%3): %4</source>
        <translation>%1, sesión %2 (%3): %4</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Share of sessions attended (present or late). Bold green: meets the completion rule of %1.</source>
        <translation>Proporción de sesiones a las que asistió (presente o tarde). En verde y negrita: alcanza el cumplimiento mínimo de %1.</translation>
    </message>
    <message>
        <source>Sess. %1</source>
        <comment>short for session number</comment>
        <translation>Ses. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <comment>how many attended a session (present or late)</comment>
        <translation>
            <numerusform>%n presente</numerusform>
            <numerusform>%n presentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1, %2</source>
        <translation>Sesión %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attended (present or late)</source>
        <translation>
            <numerusform>%n asistió (presente o tarde)</numerusform>
            <numerusform>%n asistieron (presentes o tarde)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Shift+P marks everyone without a mark present.</source>
        <translation>Ctrl+Shift+P marca como presentes a todos los que no tienen marca.</translation>
    </message>
    <message>
        <source>Mark %1 %2 in session %3</source>
        <translation>Marcar a %1 como %2 en la sesión %3</translation>
    </message>
    <message>
        <source>Clear the mark of %1 in session %2</source>
        <translation>Borrar la marca de %1 en la sesión %2</translation>
    </message>
</context>
<context>
    <name>capacita::AttendancePage</name>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>&amp;Training:</source>
        <translation>&amp;Capacitación:</translation>
    </message>
    <message>
        <source>Everyone present</source>
        <translation>Todos presentes</translation>
    </message>
    <message>
        <source>Marks everyone without a mark in the current session present (Ctrl+Shift+P).</source>
        <translation>Marca como presentes a todos los que no tienen marca en la sesión actual (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>That training no longer exists.</source>
        <translation>Esa capacitación ya no existe.</translation>
    </message>
    <message>
        <source>This training has no sessions yet. Add its sessions on the Trainings page.</source>
        <translation>Esta capacitación aún no tiene sesiones. Agregue sus sesiones en la página Capacitaciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Space cycles · Delete clears · Ctrl+Shift+P everyone present · the cursor moves down after each mark</source>
        <translation>Espacio cambia la marca · Supr borra · Ctrl+Shift+P todos presentes · el cursor baja después de cada marca</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>There are no trainings yet. Create a training with its sessions and enrol its participants on the Participants page; then mark attendance here.</source>
        <translation>Aún no hay capacitaciones. Cree una capacitación con sus sesiones e inscriba a sus participantes en la página Participantes; luego marque aquí la asistencia.</translation>
    </message>
    <message>
        <source>Nobody is enrolled in this training yet. Enrol participants on the Participants page.</source>
        <translation>Aún no hay nadie inscrito en esta capacitación. Inscriba participantes en la página Participantes.</translation>
    </message>
</context>
<context>
    <name>capacita::AttendanceRepository</name>
    <message>
        <source>No session with id %1.</source>
        <translation>No existe una sesión con ID %1.</translation>
    </message>
    <message>
        <source>%1 is not enrolled in this session&apos;s training; enrol them first.</source>
        <translation>%1 no tiene inscripción en la capacitación de esta sesión; primero realice la inscripción.</translation>
    </message>
</context>
<context>
    <name>capacita::AuditHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>Every change to this record and its enrollments, attendance and scores: when, who, on which laptop and where it came from. The log cannot be edited.</source>
        <translation>Cada cambio de este registro y de sus inscripciones, asistencias y evaluaciones: cuándo, quién, en qué laptop y de dónde vino. El historial no se puede modificar.</translation>
    </message>
</context>
<context>
    <name>capacita::AuditHistoryModel</name>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Erased permanently</source>
        <translation>Eliminado definitivamente</translation>
    </message>
    <message>
        <source>Sync package from %1</source>
        <translation>Paquete de sincronización de %1</translation>
    </message>
    <message>
        <source>Roster import</source>
        <translation>Importación de lista</translation>
    </message>
    <message>
        <source>Roster import (%1)</source>
        <translation>Importación de lista (%1)</translation>
    </message>
    <message>
        <source>Merge of duplicates</source>
        <translation>Fusión de duplicados</translation>
    </message>
    <message>
        <source>Edited on this laptop</source>
        <translation>Editado en esta laptop</translation>
    </message>
    <message>
        <source>(values erased at the person&apos;s request)</source>
        <translation>(valores eliminados a pedido de la persona)</translation>
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
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
</context>
<context>
    <name>capacita::BackupPanel</name>
    <message>
        <source>Made by hand</source>
        <translation>Hecha a mano</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>Before a roster import</source>
        <translation>Antes de importar una lista</translation>
    </message>
    <message>
        <source>Before a sync import</source>
        <translation>Antes de importar un paquete de sincronización</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Damaged file, kept</source>
        <translation>Archivo dañado, guardado</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Capacita keeps copies of its data in %1: every day, before every import and before an upgrade. Older copies are removed automatically.</source>
        <translation>Capacita guarda copias de sus datos en %1: cada día, antes de cada importación y antes de una actualización. Las copias antiguas se eliminan automáticamente.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>&amp;Make a backup now</source>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Abrir la &amp;carpeta</translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>No se hizo la copia de seguridad.</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Copia de seguridad hecha: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Go back to the data as it was on %1?</source>
        <translation>¿Volver a los datos tal como estaban el %1?</translation>
    </message>
    <message>
        <source>Capacita will close and start again with that copy. What was entered after it is not lost: the current file is kept in the backups folder first.</source>
        <translation>Capacita se cerrará y volverá a abrirse con esa copia. Lo que se ingresó después no se pierde: antes se guarda el archivo actual en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Restore and restart</source>
        <translation>Restaurar y reiniciar</translation>
    </message>
    <message>
        <source>Capacita is closing to restore the backup…</source>
        <translation>Capacita se está cerrando para restaurar la copia de seguridad…</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>No se restauró la copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>capacita::Backups</name>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation>No se pudo escribir la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 did not read back correctly (%2); it was removed. Check the disk.</source>
        <translation>La copia de seguridad %1 no se leyó correctamente al verificarla (%2); se eliminó. Revise el disco.</translation>
    </message>
    <message>
        <source>Could not name the backup %1.</source>
        <translation>No se pudo poner nombre a la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>No backup could be made before importing, so nothing was imported: %1</source>
        <translation>No se pudo hacer una copia de seguridad antes de importar, así que no se importó nada: %1</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>%1 is not a Capacita database (it is not an SQLite file).</source>
        <translation>%1 no es una base de datos de Capacita (no es un archivo SQLite).</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used: %2</source>
        <translation>%1 está dañado y no se puede usar: %2</translation>
    </message>
    <message>
        <source>%1 is not a Capacita database.</source>
        <translation>%1 no es una base de datos de Capacita.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Capacita (schema %2); install that version to use it.</source>
        <translation>%1 fue escrito por una versión más reciente de Capacita (esquema %2); instale esa versión para usarlo.</translation>
    </message>
    <message>
        <source>There is no usable backup of %1 in %2.</source>
        <translation>No hay ninguna copia de seguridad utilizable de %1 en %2.</translation>
    </message>
    <message>
        <source>Cannot create the backups folder %1.</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1.</translation>
    </message>
    <message>
        <source>The backups folder %1 is busy (another backup or restore is running); try again.</source>
        <translation>La carpeta de copias de seguridad %1 está ocupada (se está haciendo otra copia o restauración); vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 to the disk (is it full?).</source>
        <translation>No se puede escribir %1 en el disco (¿está lleno?).</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>No se puede copiar %1 a %2: %3</translation>
    </message>
    <message>
        <source>the name is taken</source>
        <translation>el nombre ya está en uso</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 es la propia base de datos, no una copia de seguridad de ella.</translation>
    </message>
    <message>
        <source>%1 is open in another Capacita program. Close it there, then restore again; nothing was changed.</source>
        <translation>%1 está abierto en otro programa de Capacita. Ciérrelo allí y vuelva a restaurar; no se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 (is the disk full?): %2. The database was left as it was.</source>
        <translation>No se puede escribir %1 (¿está lleno el disco?): %2. La base de datos quedó como estaba.</translation>
    </message>
</context>
<context>
    <name>capacita::ChartTile</name>
    <message>
        <source>Click a bar to see the people counted in it.</source>
        <translation>Haga clic en una barra para ver las personas contadas en ella.</translation>
    </message>
    <message>
        <source>No figures for this period and these filters.</source>
        <translation>No hay cifras para este período y estos filtros.</translation>
    </message>
</context>
<context>
    <name>capacita::ConflictModel</name>
    <message>
        <source>%1 — %2, pre-test</source>
        <translation>%1 — %2, pre test</translation>
    </message>
    <message>
        <source>%1 — %2, post-test</source>
        <translation>%1 — %2, post test</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>This laptop&apos;s value</source>
        <translation>Valor en esta laptop</translation>
    </message>
    <message>
        <source>Written by, on</source>
        <translation>Registrado por, el</translation>
    </message>
    <message>
        <source>Received value</source>
        <translation>Valor recibido</translation>
    </message>
    <message>
        <source>%1
In use now (the later change)</source>
        <translation>%1
En uso ahora (el cambio más reciente)</translation>
    </message>
    <message>
        <source>%1
Set aside by the merge</source>
        <translation>%1
Apartado al combinar los cambios</translation>
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
        <translation>Cuando dos laptops cambiaron el mismo campo antes de intercambiar paquetes, se usa el cambio más reciente (en negrita) y el otro queda apartado. Elija el valor que debe quedar: su elección llegará a las demás laptops con el próximo paquete.</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>No hay conflictos por revisar.</translation>
    </message>
    <message>
        <source>Keep &amp;this laptop&apos;s value</source>
        <translation>Mantener el valor de es&amp;ta laptop</translation>
    </message>
    <message>
        <source>Keep the &amp;received value</source>
        <translation>Mantener el valor reci&amp;bido</translation>
    </message>
    <message>
        <source>The conflict could not be resolved.</source>
        <translation>No se pudo resolver el conflicto.</translation>
    </message>
</context>
<context>
    <name>capacita::CreateDatasetDialog</name>
    <message>
        <source>Create dataset</source>
        <translation>Crear conjunto de datos</translation>
    </message>
    <message>
        <source>e.g. C-TIP programme, Cusco</source>
        <translation>p. ej. Programa contra la trata, Cusco</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Passphrase (optional):</source>
        <translation>&amp;Frase de acceso (opcional):</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repetir frase de acceso:</translation>
    </message>
    <message>
        <source>Create and save join file…</source>
        <translation>Crear y guardar el archivo de unión…</translation>
    </message>
    <message>
        <source>A dataset is the shared registry of one programme. This laptop becomes its first member; other laptops join it with the join file.</source>
        <translation>Un conjunto de datos es el registro compartido de un programa. Esta laptop será su primer miembro; las demás laptops se unen con el archivo de unión.</translation>
    </message>
    <message>
        <source>With a passphrase, a laptop can also join by typing the dataset id and the passphrase. Use at least %1 characters; several words are best.</source>
        <translation>Con una frase de acceso, una laptop también puede unirse escribiendo el ID del conjunto de datos y la frase de acceso. Use al menos %1 caracteres; lo mejor son varias palabras.</translation>
    </message>
    <message>
        <source>The join file is a secret key: give it only to the laptops of the programme, never by public channels.</source>
        <translation>El archivo de unión es una clave secreta: entréguelo solo a las laptops del programa y nunca por canales públicos.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>La frase de acceso es demasiado corta: use al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de acceso no coinciden.</translation>
    </message>
</context>
<context>
    <name>capacita::DamagedPrompt</name>
    <message>
        <source>The database file is damaged and cannot be opened:
%1</source>
        <translation>El archivo de la base de datos está dañado y no se puede abrir:
%1</translation>
    </message>
    <message>
        <source>The newest good backup is from %1. Restoring it brings back the data as it was then; what was entered later is lost. The damaged file is kept in the backups folder.</source>
        <translation>La copia de seguridad correcta más reciente es del %1. Al restaurarla, los datos vuelven a estar como en ese momento; lo que se ingresó después se pierde. El archivo dañado se guarda en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>No good backup was found in %1. Open another file or quit, and ask for help with this file; do not delete it.</source>
        <translation>No se encontró ninguna copia de seguridad correcta en %1. Abra otro archivo o salga, y pida ayuda con este archivo; no lo borre.</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;Abrir otro archivo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Open a Capacita database</source>
        <translation>Abrir una base de datos de Capacita</translation>
    </message>
    <message>
        <source>Capacita databases (*.sqlite);;All files (*)</source>
        <translation>Bases de datos de Capacita (*.sqlite);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>capacita::Dashboard</name>
    <message>
        <source>Individuals trained</source>
        <translation>Personas capacitadas</translation>
    </message>
    <message>
        <source>Trainings ended</source>
        <translation>Capacitaciones concluidas</translation>
    </message>
    <message>
        <source>Completed participations</source>
        <translation>Participaciones completadas</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Mean knowledge gain</source>
        <translation>Ganancia media de conocimientos</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Calculando las cifras…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>No se pudieron calcular las cifras: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
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
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>&amp;Create dataset…</source>
        <translation>Crear conjunto de &amp;datos…</translation>
    </message>
    <message>
        <source>&amp;Join dataset…</source>
        <translation>&amp;Unirse a un conjunto de datos…</translation>
    </message>
    <message>
        <source>How the other laptops see this one, e.g. &quot;Trainer Iquitos 2&quot;.</source>
        <translation>Cómo ven esta laptop las demás, p. ej. &quot;Capacitador Iquitos 2&quot;.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Ca&amp;mbiar nombre</translation>
    </message>
    <message>
        <source>Save &amp;join file…</source>
        <translation>&amp;Guardar archivo de unión…</translation>
    </message>
    <message>
        <source>Write the join file again, to admit one more laptop of the programme.</source>
        <translation>Vuelve a guardar el archivo de unión para admitir otra laptop del programa.</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Conjunto de datos:</translation>
    </message>
    <message>
        <source>Dataset id:</source>
        <translation>ID del conjunto de datos:</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;name:</source>
        <translation>&amp;Nombre de esta laptop:</translation>
    </message>
    <message>
        <source>Site id:</source>
        <translation>ID de sitio:</translation>
    </message>
    <message>
        <source>(name not known yet)</source>
        <translation>(nombre aún desconocido)</translation>
    </message>
    <message>
        <source>This laptop could not be renamed.</source>
        <translation>No se pudo cambiar el nombre de esta laptop.</translation>
    </message>
    <message>
        <source>Save the join file</source>
        <translation>Guardar el archivo de unión</translation>
    </message>
    <message>
        <source>Join files (*.capacita-join);;All files (*)</source>
        <translation>Archivos de unión (*.capacita-join);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The dataset could not be created.</source>
        <translation>No se pudo crear el conjunto de datos.</translation>
    </message>
    <message>
        <source>The join file was saved to %1. On each laptop of the programme choose &quot;Join dataset…&quot; and pick this file. Give it to no one else.</source>
        <translation>El archivo de unión se guardó en %1. En cada laptop del programa elija &quot;Unirse a un conjunto de datos…&quot; y seleccione este archivo. No se lo entregue a nadie más.</translation>
    </message>
    <message>
        <source>Those laptops can also join with the dataset id %1 and the passphrase.</source>
        <translation>Esas laptops también pueden unirse con el ID de conjunto de datos %1 y la frase de acceso.</translation>
    </message>
    <message>
        <source>Dataset created</source>
        <translation>Conjunto de datos creado</translation>
    </message>
    <message>
        <source>The dataset &quot;%1&quot; was created.</source>
        <translation>Se creó el conjunto de datos &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This laptop could not join the dataset.</source>
        <translation>Esta laptop no pudo unirse al conjunto de datos.</translation>
    </message>
    <message>
        <source>The join file could not be saved.</source>
        <translation>No se pudo guardar el archivo de unión.</translation>
    </message>
    <message>
        <source>This laptop does not belong to a dataset yet. A dataset is the shared registry of one programme: its laptops exchange packages to stay in step.</source>
        <translation>Esta laptop aún no pertenece a un conjunto de datos. Un conjunto de datos es el registro compartido de un programa: sus laptops intercambian paquetes para mantenerse al día.</translation>
    </message>
    <message>
        <source>On a trainer&apos;s laptop: use the join file from your coordinator, or the dataset id and passphrase.</source>
        <translation>En la laptop de un capacitador: use el archivo de unión que le dio su coordinador, o el ID del conjunto de datos y la frase de acceso.</translation>
    </message>
    <message>
        <source>Once per programme, on the coordinator&apos;s laptop. It writes the join file that the other laptops join with.</source>
        <translation>Una sola vez por programa, en la laptop del coordinador. Genera el archivo de unión con el que se unen las demás laptops.</translation>
    </message>
</context>
<context>
    <name>capacita::DeviceModel</name>
    <message>
        <source>This laptop</source>
        <translation>Esta laptop</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Revocada el %1</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n laguna</numerusform>
            <numerusform>%n lagunas</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Some changes written on this laptop have not arrived here: a package was lost or not imported yet. Ask its user for the missing package or for a full package.</source>
        <translation>Algunos cambios registrados en esa laptop no han llegado aquí: se perdió un paquete o aún no se importó. Pida a su usuario el paquete que falta o un paquete completo.</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>ID de sitio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last package received</source>
        <translation>Último paquete recibido</translation>
    </message>
    <message>
        <source>Missing changes</source>
        <translation>Cambios faltantes</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nada aún</translation>
    </message>
    <message>
        <source>Every package says which changes its laptop already holds: this is the newest change of this laptop that it has confirmed.</source>
        <translation>Cada paquete indica qué cambios ya tiene la laptop que lo envió: aquí figura el cambio más reciente de esta laptop que esa laptop ya confirmó.</translation>
    </message>
    <message>
        <source>Has our changes up to</source>
        <translation>Tiene nuestros cambios hasta</translation>
    </message>
</context>
<context>
    <name>capacita::DevicesPanel</name>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>Refuse the packages of a laptop that was lost, stolen or left the programme.</source>
        <translation>Rechaza los paquetes de una laptop que se perdió, fue robada o dejó el programa.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on this laptop not yet confirmed by every other laptop.</source>
        <translation>
            <numerusform>%n cambio en esta laptop que aún no han confirmado todas las demás laptops.</numerusform>
            <numerusform>%n cambios en esta laptop que aún no han confirmado todas las demás laptops.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every other laptop has confirmed this laptop&apos;s changes.</source>
        <translation>Todas las demás laptops confirmaron los cambios de esta laptop.</translation>
    </message>
    <message>
        <source>Revoke laptop</source>
        <translation>Revocar laptop</translation>
    </message>
    <message>
        <source>Revoke the laptop &quot;%1&quot;?</source>
        <translation>¿Revocar la laptop &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>From now on, packages written by this laptop are refused here and on every laptop that receives this decision with the next package. What it sent before stays. Do this for a laptop that was lost, stolen or left the programme; it cannot be taken back from this page.</source>
        <translation>A partir de ahora, los paquetes creados por esa laptop se rechazarán aquí y en cada laptop que reciba esta decisión con el próximo paquete. Lo que envió antes se conserva. Hágalo con una laptop que se perdió, fue robada o dejó el programa; no se puede deshacer desde esta página.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>The laptop could not be revoked.</source>
        <translation>No se pudo revocar la laptop.</translation>
    </message>
    <message>
        <source>No other laptop has joined yet: give the join file to the laptops of the programme.</source>
        <translation>Aún no se ha unido ninguna otra laptop: entregue el archivo de unión a las laptops del programa.</translation>
    </message>
</context>
<context>
    <name>capacita::DistrictPicker</name>
    <message>
        <source>Type a district, province or department</source>
        <translation>Escriba un distrito, provincia o departamento</translation>
    </message>
</context>
<context>
    <name>capacita::DuplicateFinder</name>
    <message>
        <source>a record cannot be a duplicate of itself.</source>
        <translation>un registro no puede ser duplicado de sí mismo.</translation>
    </message>
</context>
<context>
    <name>capacita::DuplicateModel</name>
    <message>
        <source>same DNI</source>
        <translation>mismo DNI</translation>
    </message>
    <message>
        <source>same names</source>
        <translation>mismos nombres</translation>
    </message>
    <message>
        <source>names one letter apart</source>
        <translation>nombres que difieren en una letra</translation>
    </message>
    <message>
        <source>names two letters apart</source>
        <translation>nombres que difieren en dos letras</translation>
    </message>
    <message>
        <source>same sex</source>
        <translation>mismo sexo</translation>
    </message>
    <message>
        <source>same birth year</source>
        <translation>mismo año de nacimiento</translation>
    </message>
    <message>
        <source>birth year missing</source>
        <translation>falta el año de nacimiento</translation>
    </message>
    <message>
        <source>sex unknown</source>
        <translation>sexo no indicado</translation>
    </message>
    <message>
        <source>Record A</source>
        <translation>Registro A</translation>
    </message>
    <message>
        <source>Record B</source>
        <translation>Registro B</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Indicios</translation>
    </message>
    <message>
        <source>no DNI to compare</source>
        <translation>sin DNI para comparar</translation>
    </message>
</context>
<context>
    <name>capacita::DuplicatesPage</name>
    <message>
        <source>Records that may belong to the same person. Choose which value survives in each field and merge them, or mark them as two different people.</source>
        <translation>Registros que podrían ser de la misma persona. Elija qué valor se queda en cada campo y fusiónelos, o márquelos como dos personas distintas.</translation>
    </message>
    <message>
        <source>No probable duplicates.</source>
        <translation>No hay probables duplicados.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Keep record A with the values chosen; record B&apos;s trainings, attendance and scores move to it. Can be undone.</source>
        <translation>Conserva el registro A con los valores elegidos; las capacitaciones, la asistencia y las notas del registro B pasan a él. Se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>&amp;No son la misma persona</translation>
    </message>
    <message>
        <source>Why they may be one person: %1.</source>
        <translation>Por qué podrían ser la misma persona: %1.</translation>
    </message>
    <message>
        <source>Choose a pair first.</source>
        <translation>Primero elija un par.</translation>
    </message>
    <message>
        <source>The records could not be merged.</source>
        <translation>No se pudieron fusionar los registros.</translation>
    </message>
    <message>
        <source>The pair could not be marked as two people.</source>
        <translation>No se pudo marcar el par como dos personas distintas.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Fields of the two records</source>
        <translation>Campos de los dos registros</translation>
    </message>
    <message>
        <source>Searching for possible duplicates…</source>
        <translation>Buscando posibles duplicados…</translation>
    </message>
</context>
<context>
    <name>capacita::EnrollmentRepository</name>
    <message>
        <source>No training with id %1.</source>
        <translation>No existe una capacitación con ID %1.</translation>
    </message>
    <message>
        <source>No participant with id %1.</source>
        <translation>No existe un participante con ID %1.</translation>
    </message>
    <message>
        <source>%1 is not enrolled in training %2.</source>
        <translation>%1 no tiene inscripción en la capacitación %2.</translation>
    </message>
</context>
<context>
    <name>capacita::ExportJob</name>
    <message>
        <source>The background task ended without a result.</source>
        <translation>La tarea en segundo plano terminó sin resultado.</translation>
    </message>
</context>
<context>
    <name>capacita::FirstRunWizard</name>
    <message>
        <source>Welcome to Capacita</source>
        <translation>Bienvenido a Capacita</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Start using Capacita</source>
        <translation>&amp;Empezar a usar Capacita</translation>
    </message>
    <message>
        <source>Skip these steps; everything can be set later in Settings and Sync.</source>
        <translation>Omita estos pasos; todo se puede configurar después en Ajustes y Sincronizar.</translation>
    </message>
    <message>
        <source>&amp;Language of the program:</source>
        <translation>&amp;Idioma del programa:</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Idioma del programa</translation>
    </message>
    <message>
        <source>Capacita keeps the records of your trainings: sessions, participants, attendance and tests. These short steps prepare this laptop. You can skip them and change everything later in Settings and Sync.</source>
        <translation>Capacita guarda el registro de sus capacitaciones: sesiones, participantes, asistencia y evaluaciones. Estos pocos pasos preparan esta laptop. Puede omitirlos y cambiar todo después en Ajustes y Sincronizar.</translation>
    </message>
    <message>
        <source>The windows after this assistant open in the language chosen here.</source>
        <translation>Las ventanas que siguen a este asistente se abren en el idioma que elija aquí.</translation>
    </message>
    <message>
        <source>Name this laptop</source>
        <translation>Nombre de esta laptop</translation>
    </message>
    <message>
        <source>e.g. Trainer Iquitos 2</source>
        <translation>p. ej. Capacitador Iquitos 2</translation>
    </message>
    <message>
        <source>Name of this laptop</source>
        <translation>Nombre de esta laptop</translation>
    </message>
    <message>
        <source>&amp;Name of this laptop:</source>
        <translation>&amp;Nombre de esta laptop:</translation>
    </message>
    <message>
        <source>The other laptops of the programme see this name when you exchange records, so choose one that says whose or where it is.</source>
        <translation>Las demás laptops del programa ven este nombre al intercambiar registros; elija uno que diga de quién es o dónde está.</translation>
    </message>
    <message>
        <source>Create or join a dataset</source>
        <translation>Crear un conjunto de datos o unirse a uno</translation>
    </message>
    <message>
        <source>The coordinator creates the dataset once; each trainer&apos;s laptop joins it with the join file or with the dataset id and passphrase. If you do not know yet, go on: you can do this later on the Sync page.</source>
        <translation>El coordinador crea el conjunto de datos una sola vez; la laptop de cada capacitador se une con el archivo de unión o con el ID del conjunto de datos y la frase de contraseña. Si aún no lo sabe, continúe: puede hacerlo después en la página Sincronizar.</translation>
    </message>
    <message>
        <source>Example data</source>
        <translation>Datos de ejemplo</translation>
    </message>
    <message>
        <source>&amp;Load example data to try the program (two trainings, twelve people)</source>
        <translation>&amp;Cargar datos de ejemplo para probar el programa (dos capacitaciones, doce personas)</translation>
    </message>
    <message>
        <source>This laptop belongs to a dataset now, so no example data is offered: it would travel to the other laptops with the real records.</source>
        <translation>Esta laptop ya pertenece a un conjunto de datos, por eso no se ofrecen datos de ejemplo: viajarían a las demás laptops junto con los registros reales.</translation>
    </message>
    <message>
        <source>The example records are invented. Use a new database for real work, or delete them before this laptop creates or joins a dataset.</source>
        <translation>Los registros de ejemplo son inventados. Use una base de datos nueva para el trabajo real, o elimínelos antes de que esta laptop cree un conjunto de datos o se una a uno.</translation>
    </message>
    <message>
        <source>This laptop could not be renamed.</source>
        <translation>No se pudo cambiar el nombre de esta laptop.</translation>
    </message>
    <message>
        <source>The example data could not be loaded; nothing was added.</source>
        <translation>No se pudieron cargar los datos de ejemplo; no se agregó nada.</translation>
    </message>
</context>
<context>
    <name>capacita::HistoryModel</name>
    <message>
        <source>Written</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>A package written on this laptop</source>
        <translation>Un paquete creado en esta laptop</translation>
    </message>
    <message>
        <source>A package read into this laptop</source>
        <translation>Un paquete leído en esta laptop</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Creado por</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>capacita::HomePage</name>
    <message>
        <source>Capacita — training records</source>
        <translation>Capacita — registro de capacitaciones</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Capacitaciones</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>Upcoming trainings</source>
        <translation>Próximas capacitaciones</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicia</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>No trainings planned from today on. Create one on the Trainings page.</source>
        <translation>No hay capacitaciones programadas a partir de hoy. Cree una en la página Capacitaciones.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Recorded in this database</source>
        <translation>Registrado en esta base de datos</translation>
    </message>
    <message>
        <source>The counts could not be read: %1</source>
        <translation>No se pudieron leer los totales: %1</translation>
    </message>
</context>
<context>
    <name>capacita::ImportCheckPage</name>
    <message>
        <source>What the import will do</source>
        <translation>Qué hará la importación</translation>
    </message>
    <message>
        <source>Nothing has been stored yet.</source>
        <translation>Todavía no se ha guardado nada.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Filas rechazadas:</translation>
    </message>
    <message>
        <source>&amp;Skip the invalid rows and import the others</source>
        <translation>O&amp;mitir las filas no válidas e importar las demás</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Revisando…</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Este archivo no se puede importar: %1</translation>
    </message>
    <message>
        <source>The check was cancelled. Go back and forward again to repeat it.</source>
        <translation>Se canceló la revisión. Vuelva atrás y avance de nuevo para repetirla.</translation>
    </message>
    <message numerus="yes">
        <source>The file will not be imported while %n row(s) are rejected: correct them in the file and check it again, or skip them.</source>
        <translation>
            <numerusform>El archivo no se importará mientras haya %n fila rechazada: corríjala en el archivo y vuelva a revisarlo, u omítala.</numerusform>
            <numerusform>El archivo no se importará mientras haya %n filas rechazadas: corríjalas en el archivo y vuelva a revisarlo, u omítalas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Import to store these changes.</source>
        <translation>Pulse Importar para guardar estos cambios.</translation>
    </message>
</context>
<context>
    <name>capacita::ImportFilePage</name>
    <message>
        <source>Choose the roster</source>
        <translation>Elija la lista de participantes</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx), one row per participant per training.</source>
        <translation>Un archivo CSV o un libro de Excel (.xlsx), con una fila por participante y por capacitación.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No se eligió ningún archivo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Choose the roster to import</source>
        <translation>Elija la lista de participantes que desea importar</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.xlsx);;All files (*)</source>
        <translation>Listas de participantes (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>Este archivo no se puede leer: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s) to check.</source>
        <translation>
            <numerusform>%1 — %n fila por revisar.</numerusform>
            <numerusform>%1 — %n filas por revisar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>capacita::ImportPreviewPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Revise las columnas</translation>
    </message>
    <message>
        <source>The first rows of the file, and the roster column each header was read as.</source>
        <translation>Las primeras filas del archivo y la columna de la lista a la que corresponde cada encabezado.</translation>
    </message>
    <message>
        <source>Recognised columns: %1</source>
        <translation>Columnas reconocidas: %1</translation>
    </message>
    <message>
        <source>Ignored columns (not part of a roster): %1</source>
        <translation>Columnas ignoradas (no forman parte de una lista de participantes): %1</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Este archivo no se puede importar: %1</translation>
    </message>
</context>
<context>
    <name>capacita::ImportResultPage</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>The roster was not imported. Nothing was changed.</source>
        <translation>La lista de participantes no se importó. No se cambió nada.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Se canceló la importación. No se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>The roster was not imported because %n row(s) were rejected. Nothing was changed.</source>
        <translation>
            <numerusform>La lista de participantes no se importó porque se rechazó %n fila. No se cambió nada.</numerusform>
            <numerusform>La lista de participantes no se importó porque se rechazaron %n filas. No se cambió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the rows in the file, or import again and choose to skip them.</source>
        <translation>Corrija las filas en el archivo, o vuelva a importar y elija omitirlas.</translation>
    </message>
    <message>
        <source>The roster was imported.</source>
        <translation>La lista de participantes se importó.</translation>
    </message>
    <message>
        <source>Review the probable duplicates on the Duplicates page.</source>
        <translation>Revise los probables duplicados en la página Duplicados.</translation>
    </message>
    <message>
        <source>What the import did.</source>
        <translation>Lo que hizo la importación.</translation>
    </message>
</context>
<context>
    <name>capacita::ImportWizard</name>
    <message>
        <source>Import roster</source>
        <translation>Importar lista de participantes</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Checking the roster…</source>
        <translation>Revisando la lista de participantes…</translation>
    </message>
    <message>
        <source>Importing the roster…</source>
        <translation>Importando la lista de participantes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Filas leídas: %1</translation>
    </message>
    <message>
        <source>Rows imported: %1</source>
        <translation>Filas importadas: %1</translation>
    </message>
    <message>
        <source>Trainings created: %1, updated: %2</source>
        <translation>Capacitaciones creadas: %1, actualizadas: %2</translation>
    </message>
    <message>
        <source>Trainings to create: %1, to update: %2</source>
        <translation>Capacitaciones por crear: %1, por actualizar: %2</translation>
    </message>
    <message>
        <source>Participants created: %1</source>
        <translation>Participantes creados: %1</translation>
    </message>
    <message>
        <source>Participants to create: %1</source>
        <translation>Participantes por crear: %1</translation>
    </message>
    <message>
        <source>People already on record matched: %1</source>
        <translation>Personas ya registradas que coinciden: %1</translation>
    </message>
    <message>
        <source>Probable duplicates to review: %1</source>
        <translation>Probables duplicados por revisar: %1</translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation>Filas rechazadas: %1</translation>
    </message>
    <message>
        <source>Rows that can be imported: %1</source>
        <translation>Filas que se pueden importar: %1</translation>
    </message>
</context>
<context>
    <name>capacita::IntegrityCheck</name>
    <message>
        <source>The check of the database file found damage:
%1</source>
        <translation>La revisión del archivo de la base de datos encontró daños:
%1</translation>
    </message>
    <message>
        <source>The newest good backup is from %1. Capacita can close, restore it and start again; what was entered after it is lost. The damaged file is kept in the backups folder.</source>
        <translation>La copia de seguridad correcta más reciente es del %1. Capacita puede cerrarse, restaurarla y volver a iniciarse; lo que se ingresó después de ella se pierde. El archivo dañado se guarda en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup and restart</source>
        <translation>&amp;Restaurar la copia y reiniciar</translation>
    </message>
    <message>
        <source>No good backup was found in %1. Close Capacita and ask for help with this file; do not delete it.</source>
        <translation>No se encontró ninguna copia de seguridad correcta en %1. Cierre Capacita y pida ayuda con este archivo; no lo borre.</translation>
    </message>
    <message>
        <source>&amp;Continue for now</source>
        <translation>&amp;Continuar por ahora</translation>
    </message>
</context>
<context>
    <name>capacita::JoinDatasetDialog</name>
    <message>
        <source>Join dataset</source>
        <translation>Unirse a un conjunto de datos</translation>
    </message>
    <message>
        <source>With a &amp;join file</source>
        <translation>Con un archivo de &amp;unión</translation>
    </message>
    <message>
        <source>With the dataset &amp;id and passphrase</source>
        <translation>Con el &amp;ID del conjunto de datos y la frase de acceso</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Dataset id:</source>
        <translation>ID del conjunto de datos:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de acceso:</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>Join the dataset of your programme to exchange packages with its other laptops. Ask the coordinator for the join file, or for the dataset id and passphrase.</source>
        <translation>Únase al conjunto de datos de su programa para intercambiar paquetes con sus demás laptops. Pida al coordinador el archivo de unión, o el ID del conjunto de datos y la frase de acceso.</translation>
    </message>
    <message>
        <source>Choose the join file</source>
        <translation>Elija el archivo de unión</translation>
    </message>
    <message>
        <source>Join files (*.capacita-join);;All files (*)</source>
        <translation>Archivos de unión (*.capacita-join);;Todos los archivos (*)</translation>
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
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Capacitaciones</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>The change could not be undone or redone; the list of changes was adjusted.</source>
        <translation>No se pudo deshacer ni rehacer el cambio; se ajustó la lista de cambios.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Sync (%1)</source>
        <translation>Sincronizar (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflicto por revisar</numerusform>
            <numerusform>%n conflictos por revisar</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Importar lista de participantes…</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Duplicados (%1)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reportes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Capacita</source>
        <translation>&amp;Acerca de Capacita</translation>
    </message>
</context>
<context>
    <name>capacita::MergeCommand</name>
    <message>
        <source>Merge duplicate records of %1</source>
        <translation>Fusionar registros duplicados de %1</translation>
    </message>
</context>
<context>
    <name>capacita::MergeFieldModel</name>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>Participant type</source>
        <translation>Tipo de participante</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Trainings (all are kept)</source>
        <translation>Capacitaciones (se conservan todas)</translation>
    </message>
    <message>
        <source>Only one value, or the same value: it is kept.</source>
        <translation>Solo hay un valor, o el mismo valor: se conserva.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Record A (kept)</source>
        <translation>Registro A (se conserva)</translation>
    </message>
    <message>
        <source>Record B (merged into A)</source>
        <translation>Registro B (se fusiona en A)</translation>
    </message>
</context>
<context>
    <name>capacita::Merger</name>
    <message>
        <source>a record cannot be merged into itself.</source>
        <translation>un registro no se puede fusionar consigo mismo.</translation>
    </message>
    <message>
        <source>enrollment</source>
        <translation>inscripción</translation>
    </message>
    <message>
        <source>attendance mark</source>
        <translation>marca de asistencia</translation>
    </message>
    <message>
        <source>score</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>%1 %2: both records had it; KEEP&apos;s was kept.</source>
        <translation>%1 %2: ambos registros la tenían; se mantuvo la del registro que se conserva.</translation>
    </message>
    <message>
        <source>DNI: KEEP&apos;s %1 was kept; OTHER had %2.</source>
        <translation>DNI: se mantuvo el %1 del registro que se conserva; el otro registro tenía %2.</translation>
    </message>
    <message>
        <source>%1 is not a merged record (or its merge was already undone).</source>
        <translation>%1 no es un registro fusionado (o su fusión ya se deshizo).</translation>
    </message>
    <message>
        <source>The record of merge %1 is damaged; nothing was changed.</source>
        <translation>El registro de la fusión %1 está dañado; no se cambió nada.</translation>
    </message>
    <message>
        <source>A later merge (of %1 into %2) involves this person; undo that one first.</source>
        <translation>Una fusión posterior (de %1 en %2) afecta a esta persona; primero deshaga esa.</translation>
    </message>
</context>
<context>
    <name>capacita::PackageExchange</name>
    <message>
        <source>Choose the package to read</source>
        <translation>Elija el paquete que desea leer</translation>
    </message>
    <message>
        <source>Capacita packages (*.capacita);;All files (*)</source>
        <translation>Paquetes de Capacita (*.capacita);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Writing and checking the package…</source>
        <translation>Creando y verificando el paquete…</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>Verificando el paquete…</translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation>Importando el paquete…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>The package could not be written.</source>
        <translation>No se pudo crear el paquete.</translation>
    </message>
    <message>
        <source>This package cannot be imported. Nothing was changed.</source>
        <translation>Este paquete no se puede importar. No se cambió nada.</translation>
    </message>
    <message>
        <source>The package was not imported. Nothing was changed.</source>
        <translation>El paquete no se importó. No se cambió nada.</translation>
    </message>
    <message>
        <source>Package written</source>
        <translation>Paquete creado</translation>
    </message>
    <message>
        <source>The package was written to %1</source>
        <translation>El paquete se guardó en %1</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>Paquete importado</translation>
    </message>
    <message>
        <source>The package was imported.</source>
        <translation>El paquete se importó.</translation>
    </message>
    <message>
        <source>Read package</source>
        <translation>Leer paquete</translation>
    </message>
    <message>
        <source>The package %1 was checked: it is intact and belongs to this dataset.</source>
        <translation>Se verificó el paquete %1: está íntegro y pertenece a este conjunto de datos.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>capacita::ParticipantEditor</name>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>N&amp;ombres:</translation>
    </message>
    <message>
        <source>&amp;Family names:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexo:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>Año de naci&amp;miento:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>Dis&amp;trict of work:</source>
        <translation>Distrito de tra&amp;bajo:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 dígitos</translation>
    </message>
    <message>
        <source>e.g. v2 2025</source>
        <translation>p. ej. v2 2025</translation>
    </message>
    <message>
        <source>Histo&amp;ry…</source>
        <translation>Histo&amp;rial…</translation>
    </message>
    <message>
        <source>Who changed this person&apos;s record, when and on which laptop</source>
        <translation>Quién cambió el registro de esta persona, cuándo y en qué laptop</translation>
    </message>
    <message>
        <source>C&amp;onsent date:</source>
        <translation>Fecha del c&amp;onsentimiento:</translation>
    </message>
    <message>
        <source>Privacy notice &amp;version:</source>
        <translation>&amp;Versión del aviso de privacidad:</translation>
    </message>
    <message>
        <source>Consent collected b&amp;y:</source>
        <translation>Consentimiento reco&amp;gido por:</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
</context>
<context>
    <name>capacita::ParticipantModel</name>
    <message>
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
</context>
<context>
    <name>capacita::ParticipantRepository</name>
    <message>
        <source>&quot;%1&quot; is not a participant type.</source>
        <translation>&quot;%1&quot; no es un tipo de participante.</translation>
    </message>
    <message>
        <source>%1 is not a district code of the UBIGEO table.</source>
        <translation>%1 no es un código de distrito de la tabla UBIGEO.</translation>
    </message>
    <message>
        <source>DNI %1 already belongs to %2 (%3).</source>
        <translation>El DNI %1 ya pertenece a %2 (%3).</translation>
    </message>
    <message>
        <source>No participant with id %1.</source>
        <translation>No existe un participante con ID %1.</translation>
    </message>
</context>
<context>
    <name>capacita::ParticipantTrainings</name>
    <message>
        <source>&amp;Enrol in training</source>
        <translation>Ins&amp;cribir en la capacitación</translation>
    </message>
    <message>
        <source>&amp;Remove from training</source>
        <translation>&amp;Retirar de la capacitación</translation>
    </message>
    <message>
        <source>Trainings of this person</source>
        <translation>Capacitaciones de esta persona</translation>
    </message>
    <message>
        <source>Training to enrol in</source>
        <translation>Capacitación en la que inscribir</translation>
    </message>
</context>
<context>
    <name>capacita::ParticipantsPage</name>
    <message>
        <source>Search by name, DNI or institution…</source>
        <translation>Buscar por nombre, DNI o institución…</translation>
    </message>
    <message>
        <source>&amp;New participant</source>
        <translation>&amp;Nuevo participante</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Capacitaciones</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>The participant could not be created.</source>
        <translation>No se pudo crear el participante.</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Eliminar participante</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 with their enrollment, attendance and scores in %n training(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>¿Eliminar a %1 con su inscripción, asistencia y notas en %n capacitación? Puede deshacerlo con Ctrl+Z.</numerusform>
            <numerusform>¿Eliminar a %1 con sus inscripciones, asistencia y notas en %n capacitaciones? Puede deshacerlo con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>The participant could not be deleted.</source>
        <translation>No se pudo eliminar el participante.</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Buscar participantes</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Loading participants…</source>
        <translation>Cargando participantes…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>The list is read again after an import, a sync or a merge. You can go on working meanwhile.</source>
        <translation>La lista se vuelve a leer tras una importación, una sincronización o una fusión. Puede seguir trabajando mientras tanto.</translation>
    </message>
</context>
<context>
    <name>capacita::PeopleDialog</name>
    <message>
        <source>People counted</source>
        <translation>Personas contadas</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>The list could not be made: %1</source>
        <translation>No se pudo preparar la lista: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s).</source>
        <translation>
            <numerusform>%n persona.</numerusform>
            <numerusform>%n personas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>capacita::PreviewModel</name>
    <message>
        <source>Training code</source>
        <translation>Código de la capacitación</translation>
    </message>
    <message>
        <source>Training title</source>
        <translation>Título de la capacitación</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>District (UBIGEO)</source>
        <translation>Distrito (UBIGEO)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>DNI</source>
        <translation>DNI</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>Participant type</source>
        <translation>Tipo de participante</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Sesiones asistidas</translation>
    </message>
    <message>
        <source>Pre-test score</source>
        <translation>Nota del pre test</translation>
    </message>
    <message>
        <source>Post-test score</source>
        <translation>Nota del post test</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Nota máxima</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(se ignora)</translation>
    </message>
    <message>
        <source>This column is not a roster column and will be ignored.</source>
        <translation>Esta columna no es una columna de la lista de participantes y se ignorará.</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Se lee como: %1</translation>
    </message>
</context>
<context>
    <name>capacita::RejectedRowsModel</name>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>capacita::ReportFilterBar</name>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el período</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Año fiscal</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Fechas…</translation>
    </message>
    <message>
        <source>Fiscal year: FY 2025 runs from 1 October 2024 to 30 September 2025.</source>
        <translation>Año fiscal: el AF 2025 va del 1 de octubre de 2024 al 30 de septiembre de 2025.</translation>
    </message>
    <message>
        <source>FY </source>
        <translation>AF </translation>
    </message>
    <message>
        <source>Q1 (Oct–Dec)</source>
        <translation>T1 (oct–dic)</translation>
    </message>
    <message>
        <source>Q2 (Jan–Mar)</source>
        <translation>T2 (ene–mar)</translation>
    </message>
    <message>
        <source>Q3 (Apr–Jun)</source>
        <translation>T3 (abr–jun)</translation>
    </message>
    <message>
        <source>Q4 (Jul–Sep)</source>
        <translation>T4 (jul–sep)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Participant type</source>
        <translation>Tipo de participante</translation>
    </message>
    <message>
        <source>All participant types</source>
        <translation>Todos los tipos</translation>
    </message>
</context>
<context>
    <name>capacita::ReportsPage</name>
    <message>
        <source>Include the list of people</source>
        <translation>Incluir la lista de personas</translation>
    </message>
    <message>
        <source>Adds the names and document numbers of everyone counted to the file. Share such a file only with whoever reviews the data.</source>
        <translation>Agrega al archivo los nombres y números de documento de todas las personas contadas. Comparta ese archivo solo con quien revisa los datos.</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exportar &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Tables of the report</source>
        <translation>Tablas del reporte</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>Calculando el reporte…</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>No se pudo calcular el reporte: %1</translation>
    </message>
    <message>
        <source>capacita-report-%1.%2</source>
        <translation>capacita-reporte-%1.%2</translation>
    </message>
    <message>
        <source>Export the report as XLSX</source>
        <translation>Exportar el reporte como XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Exportar el reporte como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exportar el reporte como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Training indicators</source>
        <translation>Indicadores de capacitación</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message>
        <source>The report was saved.</source>
        <translation>El reporte se guardó.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1.</source>
        <translation>No se pudo guardar el reporte en %1.</translation>
    </message>
</context>
<context>
    <name>capacita::RosterImporter</name>
    <message>
        <source>These columns are not part of a roster and were ignored: %1.</source>
        <translation>Estas columnas no forman parte de una lista de participantes y se ignoraron: %1.</translation>
    </message>
</context>
<context>
    <name>capacita::RosterVocabulary</name>
    <message>
        <source>&quot;%1&quot; is not a participant type (e.g. Juez, Fiscal, Policía, Líder comunitario, or a code such as judge).</source>
        <translation>&quot;%1&quot; no es un tipo de participante (p. ej. Juez, Fiscal, Policía, Líder comunitario, o un código como judge).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a topic; use TIP, GBV, CEFM or other (or trata, violencia de género, matrimonio infantil).</source>
        <translation>&quot;%1&quot; no es un tema; use TIP, GBV, CEFM u other (o trata, violencia de género, matrimonio infantil).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a department of Peru.</source>
        <translation>&quot;%1&quot; no es un departamento del Perú.</translation>
    </message>
</context>
<context>
    <name>capacita::RosterWriter</name>
    <message>
        <source>Training %1 has %2 sessions on record but the file says %3; the extra sessions were kept and marked absent for the people in the file.</source>
        <translation>La capacitación %1 tiene %2 sesiones registradas, pero el archivo indica %3; se conservaron las sesiones adicionales y en ellas se marcó como ausentes a las personas del archivo.</translation>
    </message>
    <message>
        <source>DNI %1 was not added to %2 (%3): it already belongs to %4 (%5). Check whether they are one person.</source>
        <translation>El DNI %1 no se agregó a %2 (%3): ya pertenece a %4 (%5). Verifique si se trata de la misma persona.</translation>
    </message>
    <message>
        <source>is the same person as line %1 of this training. If they are two people, add their DNI or birth year.</source>
        <translation>es la misma persona que la de la línea %1 de esta capacitación. Si son dos personas distintas, agregue su DNI o su año de nacimiento.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
</context>
<context>
    <name>capacita::SavedFile</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
</context>
<context>
    <name>capacita::ScoreRepository</name>
    <message>
        <source>%1 is not enrolled in training %2; enrol them first.</source>
        <translation>%1 no tiene inscripción en la capacitación %2; primero realice la inscripción.</translation>
    </message>
</context>
<context>
    <name>capacita::SessionModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
</context>
<context>
    <name>capacita::SessionRepository</name>
    <message>
        <source>No training with id %1.</source>
        <translation>No existe una capacitación con ID %1.</translation>
    </message>
    <message>
        <source>a session cannot move to another training.</source>
        <translation>una sesión no se puede pasar a otra capacitación.</translation>
    </message>
    <message>
        <source>No session with id %1.</source>
        <translation>No existe una sesión con ID %1.</translation>
    </message>
</context>
<context>
    <name>capacita::SessionsPanel</name>
    <message>
        <source>&amp;Add session</source>
        <translation>&amp;Agregar sesión</translation>
    </message>
    <message>
        <source>Delete s&amp;ession</source>
        <translation>Elimina&amp;r sesión</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
</context>
<context>
    <name>capacita::SettingsPage</name>
    <message>
        <source>The new language applies the next time Capacita starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que inicie Capacita.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language of the program:</source>
        <translation>&amp;Idioma del programa:</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Esta instalación</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Archivo de base de datos:</translation>
    </message>
    <message>
        <source>Site id:</source>
        <translation>ID de sitio:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Versión del esquema:</translation>
    </message>
    <message>
        <source>Program version:</source>
        <translation>Versión del programa:</translation>
    </message>
    <message>
        <source>&amp;High contrast: white text on black</source>
        <translation>Alto co&amp;ntraste: texto blanco sobre negro</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Easier to read with low vision or in bright light. Text size follows the scaling of the computer&apos;s display settings.</source>
        <translation>Más fácil de leer con baja visión o con mucha luz. El tamaño del texto sigue la escala que tenga la configuración de pantalla de la computadora.</translation>
    </message>
</context>
<context>
    <name>capacita::SheetPrinter</name>
    <message>
        <source>The sheet could not be made.</source>
        <translation>No se pudo preparar la hoja.</translation>
    </message>
    <message>
        <source>sign-in-%1.pdf</source>
        <translation>hoja-de-asistencia-%1.pdf</translation>
    </message>
    <message>
        <source>scores-%1.pdf</source>
        <translation>hoja-de-notas-%1.pdf</translation>
    </message>
    <message>
        <source>Save the sign-in sheet</source>
        <translation>Guardar la hoja de asistencia</translation>
    </message>
    <message>
        <source>Save the score sheet</source>
        <translation>Guardar la hoja de notas</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The sign-in sheet was saved. Print it and take it to the sessions.</source>
        <translation>La hoja de asistencia se guardó. Imprímala y llévela a las sesiones.</translation>
    </message>
    <message>
        <source>The score sheet was saved. Print it for the pre and post tests.</source>
        <translation>La hoja de notas se guardó. Imprímala para el pre test y el post test.</translation>
    </message>
    <message>
        <source>The sheet could not be saved to %1.</source>
        <translation>No se pudo guardar la hoja en %1.</translation>
    </message>
</context>
<context>
    <name>capacita::StoreJob</name>
    <message>
        <source>The background task ended without a result.</source>
        <translation>La tarea en segundo plano terminó sin resultado.</translation>
    </message>
</context>
<context>
    <name>capacita::SyncPage</name>
    <message>
        <source>Sync by file</source>
        <translation>Sincronización por archivo</translation>
    </message>
    <message>
        <source>The laptops of a programme stay in step by exchanging encrypted packages on a USB drive or by e-mail; no internet is needed.</source>
        <translation>Las laptops de un programa se mantienen al día intercambiando paquetes cifrados en una memoria USB o por correo electrónico; no se necesita internet.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Laptops</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>&amp;Write package…</source>
        <translation>&amp;Crear paquete…</translation>
    </message>
    <message>
        <source>Write this laptop&apos;s changes to a file for the other laptops (USB drive or e-mail).</source>
        <translation>Guarda los cambios de esta laptop en un archivo para las demás laptops (memoria USB o correo electrónico).</translation>
    </message>
    <message>
        <source>R&amp;ead package…</source>
        <translation>&amp;Leer paquete…</translation>
    </message>
    <message>
        <source>Read a package written on another laptop: first a preview of what changes.</source>
        <translation>Lee un paquete creado en otra laptop: primero muestra una vista previa de lo que cambiará.</translation>
    </message>
    <message>
        <source>Last package written: %1. Last package read: %2.</source>
        <translation>Último paquete creado: %1. Último paquete leído: %2.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflictos (%1)</translation>
    </message>
</context>
<context>
    <name>capacita::SyncService</name>
    <message>
        <source>a dataset needs a name.</source>
        <translation>un conjunto de datos necesita un nombre.</translation>
    </message>
    <message>
        <source>this is not a Capacita join file (or it is damaged).</source>
        <translation>este no es un archivo de unión de Capacita (o está dañado).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dataset id.</source>
        <translation>&quot;%1&quot; no es un ID de conjunto de datos.</translation>
    </message>
    <message>
        <source>This database already belongs to the dataset %1 (%2); a database belongs to one dataset. Use a new database file to join another one.</source>
        <translation>Esta base de datos ya pertenece al conjunto de datos %1 (%2); una base de datos pertenece a un solo conjunto de datos. Use un archivo de base de datos nuevo para unirse a otro.</translation>
    </message>
    <message>
        <source>the device name cannot be empty.</source>
        <translation>el nombre del dispositivo no puede estar vacío.</translation>
    </message>
    <message>
        <source>No device with site id %1 in this dataset.</source>
        <translation>No hay ningún dispositivo con ID de sitio %1 en este conjunto de datos.</translation>
    </message>
    <message>
        <source>a laptop cannot revoke itself; revoke it from another member&apos;s laptop.</source>
        <translation>una laptop no puede revocarse a sí misma; revóquela desde la laptop de otro miembro.</translation>
    </message>
    <message>
        <source>This laptop has not joined a dataset yet: create one or join one first.</source>
        <translation>Esta laptop aún no se ha unido a un conjunto de datos: primero cree uno o únase a uno.</translation>
    </message>
    <message>
        <source>Could not read the records to export; nothing was written.</source>
        <translation>No se pudieron leer los registros que se iban a exportar; no se escribió nada.</translation>
    </message>
    <message>
        <source>The package written to %1 did not read back correctly (faulty disk or USB stick?); it was removed. Try another drive.</source>
        <translation>El paquete guardado en %1 no se pudo volver a leer correctamente (¿disco o memoria USB defectuosos?); se eliminó. Pruebe con otra unidad.</translation>
    </message>
    <message>
        <source>This laptop has not joined a dataset yet: join the dataset %1 first, then import the package.</source>
        <translation>Esta laptop aún no se ha unido a un conjunto de datos: primero únase al conjunto de datos %1 y luego importe el paquete.</translation>
    </message>
    <message>
        <source>This package belongs to another dataset (%1), not to this laptop&apos;s dataset &quot;%2&quot; (%3). Import it on a laptop of that dataset.</source>
        <translation>Este paquete pertenece a otro conjunto de datos (%1), no al conjunto de datos &quot;%2&quot; (%3) de esta laptop. Impórtelo en una laptop de ese conjunto de datos.</translation>
    </message>
    <message>
        <source>This package comes from a newer version of Capacita (schema %1; this one knows %2). Update Capacita, then import it again.</source>
        <translation>Este paquete viene de una versión más reciente de Capacita (esquema %1; esta versión conoce hasta el %2). Actualice Capacita y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>This package comes from the device &quot;%1&quot; (%2), which was revoked on %3. Its data is not accepted; if this is a mistake, a coordinator must re-admit the laptop.</source>
        <translation>Este paquete viene del dispositivo &quot;%1&quot; (%2), que fue revocado el %3. Sus datos no se aceptan; si es un error, un coordinador debe volver a admitir la laptop.</translation>
    </message>
    <message>
        <source>This package claims to come from &quot;%1&quot; (%2) but is signed with a different key. It was not imported; report it to the coordinator.</source>
        <translation>Este paquete dice venir de &quot;%1&quot; (%2), pero está firmado con otra clave. No se importó; informe de ello al coordinador.</translation>
    </message>
    <message>
        <source>This package&apos;s signing key does not match the device record it carries. It was not imported.</source>
        <translation>La clave de firma de este paquete no coincide con el registro de dispositivo que contiene. No se importó.</translation>
    </message>
    <message>
        <source>%1 values carry a date more than a day in the future: the clock of &quot;%2&quot; is probably wrong. They were merged but do not move this laptop&apos;s clock; ask its user to set the date.</source>
        <translation>Hay %1 valor(es) con una fecha de más de un día en el futuro: probablemente el reloj de &quot;%2&quot; está mal. Se combinaron, pero no adelantan el reloj de esta laptop; pida a su usuario que corrija la fecha.</translation>
    </message>
    <message>
        <source>This package refers to records this laptop has not received yet (an earlier package from &quot;%1&quot; is missing). Import the missing package first, or ask for a full package (sync export --full).</source>
        <translation>Este paquete hace referencia a registros que esta laptop aún no ha recibido (falta un paquete anterior de &quot;%1&quot;). Primero importe el paquete que falta o pida un paquete completo (sync export --full).</translation>
    </message>
    <message>
        <source>No conflict with id %1.</source>
        <translation>No existe un conflicto con ID %1.</translation>
    </message>
    <message>
        <source>Conflict %1 was already resolved.</source>
        <translation>El conflicto %1 ya se resolvió.</translation>
    </message>
    <message>
        <source>Conflict %1 refers to an unknown table.</source>
        <translation>El conflicto %1 hace referencia a una tabla desconocida.</translation>
    </message>
    <message>
        <source>No participant with id %1.</source>
        <translation>No existe un participante con ID %1.</translation>
    </message>
    <message>
        <source>This database already belongs to dataset %1 with a different key, and has already read packages with it; check the passphrase or join file.</source>
        <translation>Esta base de datos ya pertenece al conjunto de datos %1 con otra clave, y ya leyó paquetes con ella; revise la frase de acceso o el archivo de unión.</translation>
    </message>
    <message>
        <source>This file is not a Capacita sync package. Check that you chose the .capacita file written by &quot;Write package&quot;.</source>
        <translation>Este archivo no es un paquete de sincronización de Capacita. Verifique que eligió el archivo .capacita creado con &quot;Crear paquete&quot;.</translation>
    </message>
    <message>
        <source>This package was written by a newer version of Capacita (format %1). Update Capacita on this laptop, then import it again.</source>
        <translation>Este paquete fue creado por una versión más reciente de Capacita (formato %1). Actualice Capacita en esta laptop y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>This package is incomplete (it ends early: %1). The copy was probably interrupted; copy it again from the original laptop.</source>
        <translation>Este paquete está incompleto (termina antes de tiempo: %1). Probablemente la copia se interrumpió; cópielo de nuevo desde la laptop de origen.</translation>
    </message>
    <message>
        <source>This package cannot be decrypted with this dataset&apos;s key. Check that both laptops joined the same dataset with the same join file or passphrase; if the passphrase was mistyped here, join again with the right one.</source>
        <translation>Este paquete no se puede descifrar con la clave de este conjunto de datos. Verifique que ambas laptops se hayan unido al mismo conjunto de datos con el mismo archivo de unión o la misma frase de acceso; si la frase de acceso se escribió mal en esta laptop, vuelva a unirse con la correcta.</translation>
    </message>
    <message>
        <source>This package is damaged or was altered after it was written (%1 check failed). Nothing was imported; ask for a new package.</source>
        <translation>Este paquete está dañado o fue alterado después de crearse (falló la verificación %1). No se importó nada; pida un paquete nuevo.</translation>
    </message>
</context>
<context>
    <name>capacita::SyncText</name>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training(s)</source>
        <translation>
            <numerusform>%n capacitación</numerusform>
            <numerusform>%n capacitaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrollment(s)</source>
        <translation>
            <numerusform>%n inscripción</numerusform>
            <numerusform>%n inscripciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance mark(s)</source>
        <translation>
            <numerusform>%n marca de asistencia</numerusform>
            <numerusform>%n marcas de asistencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n meta</numerusform>
            <numerusform>%n metas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n laptop record(s)</source>
        <translation>
            <numerusform>%n registro de laptop</numerusform>
            <numerusform>%n registros de laptops</numerusform>
        </translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>Participant type</source>
        <translation>Tipo de participante</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Fecha de consentimiento</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Fusionado en</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Organización aliada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Planned participants</source>
        <translation>Participantes previstos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Nota máxima</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message numerus="yes">
        <source>The package holds all %n record(s) of this laptop:</source>
        <translation>
            <numerusform>El paquete contiene todos los registros de esta laptop (%n registro):</numerusform>
            <numerusform>El paquete contiene todos los registros de esta laptop (%n registros):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The package holds %n record(s) that not every laptop has confirmed yet:</source>
        <translation>
            <numerusform>El paquete contiene %n registro que aún no han confirmado todas las laptops:</numerusform>
            <numerusform>El paquete contiene %n registros que aún no han confirmado todas las laptops:</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified:</source>
        <translation>Verificado:</translation>
    </message>
    <message>
        <source>the file was read back from the disk and checked as a receiving laptop would. It is safe to carry.</source>
        <translation>el archivo se volvió a leer del disco y se revisó tal como lo haría la laptop que lo reciba. Se puede llevar con seguridad.</translation>
    </message>
    <message>
        <source>The package is encrypted: only laptops of this dataset can read it. On a USB drive, eject it safely before unplugging it.</source>
        <translation>El paquete está cifrado: solo las laptops de este conjunto de datos pueden leerlo. Si está en una memoria USB, expúlsela de forma segura antes de desconectarla.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>Package from the laptop &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Paquete de la laptop &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>This package was already imported on this laptop; importing it again would change nothing.</source>
        <translation>Este paquete ya se importó en esta laptop; importarlo de nuevo no cambiaría nada.</translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation>Qué cambió:</translation>
    </message>
    <message>
        <source>What will change on this laptop:</source>
        <translation>Qué cambiará en esta laptop:</translation>
    </message>
    <message numerus="yes">
        <source>%n new record(s)</source>
        <translation>
            <numerusform>%n registro nuevo</numerusform>
            <numerusform>%n registros nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated record(s)</source>
        <translation>
            <numerusform>%n registro actualizado</numerusform>
            <numerusform>%n registros actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) already up to date</source>
        <translation>
            <numerusform>%n registro sin cambios (ya estaba al día)</numerusform>
            <numerusform>%n registros sin cambios (ya estaban al día)</numerusform>
        </translation>
    </message>
    <message>
        <source>the same field was changed on both laptops; the later change is kept and the other one is listed under Conflicts for review.</source>
        <translation>el mismo campo se cambió en ambas laptops; se mantiene el cambio más reciente y el otro queda en Conflictos para su revisión.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of people erased at their request are ignored.</source>
        <translation>
            <numerusform>Se ignora %n registro de una persona borrada a su solicitud.</numerusform>
            <numerusform>Se ignoran %n registros de personas borradas a su solicitud.</numerusform>
        </translation>
    </message>
    <message>
        <source>This package holds nothing new for this laptop.</source>
        <translation>Este paquete no contiene nada nuevo para esta laptop.</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Advertencia:</translation>
    </message>
    <message>
        <source>Every other laptop already has this laptop&apos;s records, so the package holds none; it still tells them what this laptop has received.</source>
        <translation>Todas las demás laptops ya tienen los registros de esta laptop, así que el paquete no contiene ninguno; aun así les informa lo que esta laptop ha recibido.</translation>
    </message>
    <message>
        <source>Privacy notice version</source>
        <translation>Versión del aviso de privacidad</translation>
    </message>
    <message>
        <source>Consent collected by</source>
        <translation>Consentimiento recogido por</translation>
    </message>
</context>
<context>
    <name>capacita::TargetRepository</name>
    <message>
        <source>&quot;%1&quot; is not an indicator that takes a target; use one of: %2.</source>
        <translation>&quot;%1&quot; no es un indicador que admita meta; use uno de: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period; write a fiscal year like FY2025 or a quarter like FY2025-Q1.</source>
        <translation>&quot;%1&quot; no es un periodo; escriba un año fiscal como FY2025 o un trimestre como FY2025-Q1.</translation>
    </message>
    <message>
        <source>a target must be a number of zero or more.</source>
        <translation>la meta debe ser un número igual o mayor que cero.</translation>
    </message>
    <message>
        <source>an attendance rate target is a share from 0 to 1.</source>
        <translation>la meta de tasa de asistencia es una proporción de 0 a 1.</translation>
    </message>
    <message>
        <source>no target has the id %1.</source>
        <translation>ninguna meta tiene el id %1.</translation>
    </message>
</context>
<context>
    <name>capacita::TrainingEditor</name>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Minimum share of sessions a participant must attend to complete the training</source>
        <translation>Proporción mínima de sesiones a las que un participante debe asistir para cumplir la capacitación</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Co&amp;mpletion:</source>
        <translation>Cum&amp;plimiento:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Temas:</translation>
    </message>
    <message>
        <source>&amp;Modality:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Distrito:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>Lu&amp;gar:</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>Fec&amp;has:</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>&amp;Facilitadores:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>Organización al&amp;iada:</translation>
    </message>
    <message>
        <source>Pla&amp;nned people:</source>
        <translation>Participantes pre&amp;vistos:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Histo&amp;ry…</source>
        <translation>Histo&amp;rial…</translation>
    </message>
    <message>
        <source>Who changed this training, its sessions, enrollments, attendance and scores</source>
        <translation>Quién cambió esta capacitación, sus sesiones, inscripciones, asistencias y evaluaciones</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
</context>
<context>
    <name>capacita::TrainingModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>capacita::TrainingRepository</name>
    <message>
        <source>&quot;%1&quot; is not a topic; use TIP, GBV, CEFM or other.</source>
        <translation>&quot;%1&quot; no es un tema; use TIP, GBV, CEFM u other.</translation>
    </message>
    <message>
        <source>%1 is not a district code of the UBIGEO table.</source>
        <translation>%1 no es un código de distrito de la tabla UBIGEO.</translation>
    </message>
    <message>
        <source>%1 is already the code of the training &quot;%2&quot;.</source>
        <translation>%1 ya es el código de la capacitación &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No training with id %1.</source>
        <translation>No existe una capacitación con ID %1.</translation>
    </message>
    <message>
        <source>a session is on %1, before this start date; move or delete it first.</source>
        <translation>hay una sesión el %1, antes de esta fecha de inicio; primero muévala o elimínela.</translation>
    </message>
    <message>
        <source>a session is on %1, after this end date; move or delete it first.</source>
        <translation>hay una sesión el %1, después de esta fecha de fin; primero muévala o elimínela.</translation>
    </message>
</context>
<context>
    <name>capacita::TrainingSelector</name>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>No trainings yet: create one under Trainings</source>
        <translation>Aún no hay capacitaciones: cree una en Capacitaciones</translation>
    </message>
</context>
<context>
    <name>capacita::TrainingsPage</name>
    <message>
        <source>Search by code, title, department, venue…</source>
        <translation>Buscar por código, título, departamento, lugar…</translation>
    </message>
    <message>
        <source>&amp;New training</source>
        <translation>&amp;Nueva capacitación</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>A&amp;sistencia</translation>
    </message>
    <message>
        <source>Sc&amp;ores</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>New training</source>
        <translation>Nueva capacitación</translation>
    </message>
    <message>
        <source>The training could not be created.</source>
        <translation>No se pudo crear la capacitación.</translation>
    </message>
    <message>
        <source>Delete training</source>
        <translation>Eliminar capacitación</translation>
    </message>
    <message numerus="yes">
        <source>Delete the training %1 “%2” with its %n session(s), its enrollments, attendance and scores?</source>
        <translation>
            <numerusform>¿Eliminar la capacitación %1 “%2” con su %n sesión, sus inscripciones, asistencia y notas?</numerusform>
            <numerusform>¿Eliminar la capacitación %1 “%2” con sus %n sesiones, sus inscripciones, asistencia y notas?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are enrolled. You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Hay %n persona inscrita. Puede deshacerlo con Ctrl+Z.</numerusform>
            <numerusform>Hay %n personas inscritas. Puede deshacerlo con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>The training could not be deleted.</source>
        <translation>No se pudo eliminar la capacitación.</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
    </message>
    <message>
        <source>Print sign-in sheet (PDF)…</source>
        <translation>Imprimir hoja de asistencia (PDF)…</translation>
    </message>
    <message>
        <source>Print score sheet (PDF)…</source>
        <translation>Imprimir hoja de notas (PDF)…</translation>
    </message>
    <message>
        <source>Search trainings</source>
        <translation>Buscar capacitaciones</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Capacitaciones</translation>
    </message>
</context>
<context>
    <name>capacita::WritePackageDialog</name>
    <message>
        <source>Write package</source>
        <translation>Crear paquete</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>No USB drive found. Plug one in, or choose any folder (for example to attach the package to an e-mail).</source>
        <translation>No se encontró ninguna memoria USB. Conecte una o elija cualquier carpeta (por ejemplo, para adjuntar el paquete a un correo electrónico).</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1 (%2 libres)</translation>
    </message>
    <message>
        <source>Everything (full package)</source>
        <translation>Todo (paquete completo)</translation>
    </message>
    <message>
        <source>Without this option the package holds only the changes that not every laptop has confirmed. A full package suits a laptop that joined late or lost packages.</source>
        <translation>Sin esta opción, el paquete contiene solo los cambios que aún no han confirmado todas las laptops. Un paquete completo sirve para una laptop que se unió tarde o que perdió paquetes.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>USB drives:</source>
        <translation>Memorias USB:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre del archivo:</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Choose where to write the package</source>
        <translation>Elija dónde guardar el paquete</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>Esta carpeta no existe.</translation>
    </message>
</context>
<context>
    <name>capacita::ZipArchive</name>
    <message>
        <source>The file cannot be read as a zip archive: %1.</source>
        <translation>El archivo no se puede leer como archivo zip: %1.</translation>
    </message>
    <message>
        <source>The file is not a valid .xlsx workbook (its zip container is damaged: %1).</source>
        <translation>El archivo no es un libro .xlsx válido (su contenedor zip está dañado: %1).</translation>
    </message>
    <message>
        <source>The workbook has no part %1.</source>
        <translation>Al libro le falta la parte %1.</translation>
    </message>
    <message>
        <source>The part %1 of the workbook unpacks to more than %2 MB; the file is refused.</source>
        <translation>La parte %1 del libro ocupa más de %2 MB al descomprimirse; se rechaza el archivo.</translation>
    </message>
    <message>
        <source>The part %1 of the workbook cannot be opened: %2.</source>
        <translation>La parte %1 del libro no se puede abrir: %2.</translation>
    </message>
    <message>
        <source>The part %1 of the workbook is damaged: %2.</source>
        <translation>La parte %1 del libro está dañada: %2.</translation>
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
        <translation>T</translation>
    </message>
    <message>
        <source>E</source>
        <comment>one-letter attendance mark: excused (Spanish: J, justificado)</comment>
        <translation>J</translation>
    </message>
    <message>
        <source>A</source>
        <comment>one-letter attendance mark: absent (Spanish: A)</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Justificado</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
</context>
<context>
    <name>capacita::cli::Args</name>
    <message>
        <source>this option takes no value.</source>
        <translation>esta opción no lleva valor.</translation>
    </message>
    <message>
        <source>a value is missing.</source>
        <translation>falta un valor.</translation>
    </message>
    <message>
        <source>unknown option.</source>
        <translation>opción desconocida.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::AuditCommands</name>
    <message>
        <source>--format: &quot;%1&quot; is not a format; use json or csv.</source>
        <translation>--format: &quot;%1&quot; no es un formato; use json o csv.</translation>
    </message>
    <message>
        <source>the operator name is empty.</source>
        <translation>el nombre de quien registra está vacío.</translation>
    </message>
    <message>
        <source>an action is missing (list or operator).</source>
        <translation>falta una acción (list u operator).</translation>
    </message>
    <message>
        <source>%1: unknown action.</source>
        <translation>%1: acción desconocida.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::BackupCommands</name>
    <message>
        <source>give either a backup FILE or --latest.</source>
        <translation>indique un ARCHIVO de copia de seguridad o --latest, no ambos.</translation>
    </message>
    <message>
        <source>an action is missing (create, list, restore).</source>
        <translation>falta una acción (create, list, restore).</translation>
    </message>
    <message>
        <source>%1: unknown action.</source>
        <translation>%1: acción desconocida.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::DatasetCommands</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no existe el archivo.</translation>
    </message>
    <message>
        <source>the passphrase is too short: use at least %1 characters (several words are best).</source>
        <translation>la frase de acceso es demasiado corta: use al menos %1 caracteres (lo mejor son varias palabras).</translation>
    </message>
    <message>
        <source>%1: not a file in an existing folder.</source>
        <translation>%1: no es un archivo en una carpeta existente.</translation>
    </message>
    <message>
        <source>give either a JOIN_FILE or --passphrase-file with --dataset-id.</source>
        <translation>indique un JOIN_FILE o bien --passphrase-file con --dataset-id.</translation>
    </message>
    <message>
        <source>an action is missing (%1).</source>
        <translation>falta una acción (%1).</translation>
    </message>
    <message>
        <source>%1: unknown action.</source>
        <translation>%1: acción desconocida.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::Dispatch</name>
    <message>
        <source>--db: a value is missing.</source>
        <translation>--db: falta un valor.</translation>
    </message>
    <message>
        <source>--db: the database path is empty.</source>
        <translation>--db: la ruta de la base de datos está vacía.</translation>
    </message>
    <message>
        <source>%1: unknown option.</source>
        <translation>%1: opción desconocida.</translation>
    </message>
    <message>
        <source>a command is missing.</source>
        <translation>falta un comando.</translation>
    </message>
    <message>
        <source>%1: unknown command.</source>
        <translation>%1: comando desconocido.</translation>
    </message>
    <message>
        <source>usage: capacita-cli [--db FILE] COMMAND ...
commands: %1
Try &apos;capacita-cli --help&apos; for more.</source>
        <translation>uso: capacita-cli [--db FILE] COMMAND ...
comandos: %1
Pruebe &apos;capacita-cli --help&apos; para más información.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::ImportCommands</name>
    <message numerus="yes">
        <source>%n row(s) rejected; nothing was imported. Fix them, or use --skip-invalid.</source>
        <translation>
            <numerusform>%n fila rechazada; no se importó nada. Corríjala o use --skip-invalid.</numerusform>
            <numerusform>%n filas rechazadas; no se importó nada. Corríjalas o use --skip-invalid.</numerusform>
        </translation>
    </message>
    <message>
        <source>--out: the file name is empty.</source>
        <translation>--out: el nombre del archivo está vacío.</translation>
    </message>
    <message>
        <source>%1: not a field that can be taken (%2).</source>
        <translation>%1: no es un campo que se pueda tomar (%2).</translation>
    </message>
    <message>
        <source>what to act on is missing (%1).</source>
        <translation>falta indicar sobre qué actuar (%1).</translation>
    </message>
    <message>
        <source>%1: unknown action.</source>
        <translation>%1: acción desconocida.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::Messages</name>
    <message>
        <source>--%1: this option is required.</source>
        <translation>--%1: esta opción es obligatoria.</translation>
    </message>
    <message>
        <source>expected %1 word(s) after the command, got %2.</source>
        <translation>se esperaban %1 palabra(s) después del comando y se recibieron %2.</translation>
    </message>
    <message>
        <source>expected %1 to %2 words after the command, got %3.</source>
        <translation>se esperaban de %1 a %2 palabras después del comando y se recibieron %3.</translation>
    </message>
    <message>
        <source>--db: the database path is empty.</source>
        <translation>--db: la ruta de la base de datos está vacía.</translation>
    </message>
    <message>
        <source>Try &apos;capacita-cli --help&apos; for more.</source>
        <translation>Pruebe &apos;capacita-cli --help&apos; para más información.</translation>
    </message>
    <message>
        <source>--lang: use es or en.</source>
        <translation>--lang: use es o en.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::ParticipantCommands</name>
    <message>
        <source>--dni cannot be combined with --doc-type or --doc-number.</source>
        <translation>--dni no se puede combinar con --doc-type ni con --doc-number.</translation>
    </message>
    <message>
        <source>%1: unknown action.</source>
        <translation>%1: acción desconocida.</translation>
    </message>
    <message>
        <source>an action is missing (add, update, delete, purge, export, list, show, merge or unmerge).</source>
        <translation>falta una acción (add, update, delete, purge, export, list, show, merge o unmerge).</translation>
    </message>
</context>
<context>
    <name>capacita::cli::RecordCommands</name>
    <message>
        <source>%1: unknown action.</source>
        <translation>%1: acción desconocida.</translation>
    </message>
    <message>
        <source>an action is missing (list).</source>
        <translation>falta una acción (list).</translation>
    </message>
</context>
<context>
    <name>capacita::cli::ReferenceCommands</name>
    <message>
        <source>no department is called &quot;%1&quot;; see the department names in `capacita-cli districts`.</source>
        <translation>ningún departamento se llama &quot;%1&quot;; vea los nombres de los departamentos con `capacita-cli districts`.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::ReportCommands</name>
    <message>
        <source>no department is called &quot;%1&quot;; see the department names in `capacita-cli districts`.</source>
        <translation>ningún departamento se llama &quot;%1&quot;; vea los nombres de los departamentos con `capacita-cli districts`.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fiscal year; write it as four digits, like 2025.</source>
        <translation>&quot;%1&quot; no es un año fiscal; escríbalo con cuatro dígitos, como 2025.</translation>
    </message>
    <message>
        <source>a quarter is 1, 2, 3 or 4.</source>
        <translation>un trimestre es 1, 2, 3 o 4.</translation>
    </message>
    <message>
        <source>the end of the period is before its start.</source>
        <translation>el fin del periodo es anterior a su inicio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a topic; see `capacita-cli topics`.</source>
        <translation>&quot;%1&quot; no es un tema; vea `capacita-cli topics`.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a participant type; see `capacita-cli types`.</source>
        <translation>&quot;%1&quot; no es un tipo de participante; vea `capacita-cli types`.</translation>
    </message>
    <message>
        <source>give the period once: --fy, --period or --from/--to.</source>
        <translation>indique el periodo una sola vez: --fy, --period o --from/--to.</translation>
    </message>
    <message>
        <source>--quarter needs --fy.</source>
        <translation>--quarter requiere --fy.</translation>
    </message>
    <message>
        <source>--by and --key go together.</source>
        <translation>--by y --key van juntos.</translation>
    </message>
    <message>
        <source>--format: use one of %1.</source>
        <translation>--format: use uno de %1.</translation>
    </message>
    <message>
        <source>--out FILE is required for %1 output.</source>
        <translation>la salida %1 requiere --out ARCHIVO.</translation>
    </message>
    <message>
        <source>--by and --key belong to `report participants`.</source>
        <translation>--by y --key son de `report participants`.</translation>
    </message>
    <message>
        <source>Training indicators</source>
        <translation>Indicadores de capacitación</translation>
    </message>
    <message>
        <source>say which report: indicators or participants.</source>
        <translation>indique qué reporte: indicators o participants.</translation>
    </message>
    <message>
        <source>%1: unknown report.</source>
        <translation>%1: reporte desconocido.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::SessionCommands</name>
    <message>
        <source>an action is missing (add, update, delete, show or list).</source>
        <translation>falta una acción (add, update, delete, show o list).</translation>
    </message>
    <message>
        <source>%1: unknown action.</source>
        <translation>%1: acción desconocida.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::SheetCommands</name>
    <message>
        <source>what to print is missing (signin, scores).</source>
        <translation>falta indicar qué imprimir (signin, scores).</translation>
    </message>
    <message>
        <source>%1: unknown sheet; use signin or scores.</source>
        <translation>%1: hoja desconocida; use signin o scores.</translation>
    </message>
    <message>
        <source>--out: the file name is empty.</source>
        <translation>--out: el nombre del archivo está vacío.</translation>
    </message>
    <message>
        <source>The maximum score must be greater than zero.</source>
        <translation>El puntaje máximo debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The number of blank rows must be from 0 to 200.</source>
        <translation>El número de filas en blanco debe estar entre 0 y 200.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::SyncCommands</name>
    <message>
        <source>the file name is empty.</source>
        <translation>el nombre del archivo está vacío.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conflict id.</source>
        <translation>&quot;%1&quot; no es un ID de conflicto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: use local or remote.</source>
        <translation>&quot;%1&quot;: use local o remote.</translation>
    </message>
    <message>
        <source>an action is missing (%1).</source>
        <translation>falta una acción (%1).</translation>
    </message>
    <message>
        <source>%1: unknown action.</source>
        <translation>%1: acción desconocida.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::TargetCommands</name>
    <message>
        <source>&quot;%1&quot; is not a participant type; see `capacita-cli types`.</source>
        <translation>&quot;%1&quot; no es un tipo de participante; vea `capacita-cli types`.</translation>
    </message>
    <message>
        <source>no department is called &quot;%1&quot;; see the department names in `capacita-cli districts`.</source>
        <translation>ningún departamento se llama &quot;%1&quot;; vea los nombres de los departamentos con `capacita-cli districts`.</translation>
    </message>
    <message>
        <source>say what to do: set, list or delete.</source>
        <translation>indique qué hacer: set, list o delete.</translation>
    </message>
    <message>
        <source>%1: unknown action.</source>
        <translation>%1: acción desconocida.</translation>
    </message>
</context>
<context>
    <name>capacita::cli::TrainingCommands</name>
    <message>
        <source>an action is missing (add, update, delete, list or show).</source>
        <translation>falta una acción (add, update, delete, list o show).</translation>
    </message>
    <message>
        <source>%1: unknown action.</source>
        <translation>%1: acción desconocida.</translation>
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
        [--languages L]  -&gt; imprime el id</translation>
    </message>
    <message>
        <source>participant update ID [same options; an empty value clears an optional field]</source>
        <translation>participant update ID [mismas opciones; un valor vacío borra un campo opcional]</translation>
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
        <translation>participant purge ID  (borrado permanente de la persona, en todas las laptops)</translation>
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
        [--status planned|ongoing|completed|cancelled]  -&gt; imprime el id</translation>
    </message>
    <message>
        <source>training update ID [same options] | delete ID | list | show ID</source>
        <translation>training update ID [mismas opciones] | delete ID | list | show ID</translation>
    </message>
    <message>
        <source>session add TRAINING_ID --date YYYY-MM-DD [--hours H] [--start-time HH:MM]
        [--end-time HH:MM] [--topic T]  -&gt; prints id</source>
        <translation>session add TRAINING_ID --date YYYY-MM-DD [--hours H] [--start-time HH:MM]
        [--end-time HH:MM] [--topic T]  -&gt; imprime el id</translation>
    </message>
    <message>
        <source>session update ID [same options] | delete ID | show ID | list TRAINING_ID</source>
        <translation>session update ID [mismas opciones] | delete ID | show ID | list TRAINING_ID</translation>
    </message>
    <message>
        <source>enroll TRAINING_ID PARTICIPANT_ID  -&gt; prints id</source>
        <translation>enroll TRAINING_ID PARTICIPANT_ID  -&gt; imprime el id</translation>
    </message>
    <message>
        <source>unenroll TRAINING_ID PARTICIPANT_ID</source>
        <translation>unenroll TRAINING_ID PARTICIPANT_ID</translation>
    </message>
    <message>
        <source>attend SESSION_ID PARTICIPANT_ID present|late|excused|absent  -&gt; prints id</source>
        <translation>attend SESSION_ID PARTICIPANT_ID present|late|excused|absent  -&gt; imprime el id</translation>
    </message>
    <message>
        <source>attendance list TRAINING_ID</source>
        <translation>attendance list TRAINING_ID</translation>
    </message>
    <message>
        <source>score TRAINING_ID PARTICIPANT_ID pre|post SCORE [--max M]  -&gt; prints id</source>
        <translation>score TRAINING_ID PARTICIPANT_ID pre|post SCORE [--max M]  -&gt; imprime el id</translation>
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
        -&gt; imprime dataset_id, name, site_id, join_file</translation>
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
        <translation>sync export --out FILE [--full] [--to SITE_ID]  -&gt; imprime un resumen</translation>
    </message>
    <message>
        <source>sync import FILE [--dry-run]  -&gt; prints a summary</source>
        <translation>sync import FILE [--dry-run]  -&gt; imprime un resumen</translation>
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
        <translation>capacita-cli: registro de capacitaciones de Capacita desde la línea de comandos.

Uso: capacita-cli [--db FILE] COMMAND ...
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
La base de datos es FILE de --db; si no, $CAPACITA_DB; si no, %1.
Si el archivo de base de datos no existe, se crea. Las fechas van como YYYY-MM-DD,
los números usan punto decimal, --completion es una proporción de 0 a 1 y un DNI
tiene exactamente 8 dígitos.

Salida: el id de un registro nuevo, solo en una línea; list, show y dump imprimen
JSON; update y delete no imprimen nada. Los mensajes van a stderr.

Sincronización: una laptop crea un conjunto de datos (su clave va a JOIN_FILE, que
solo su propietario puede leer) o se une a uno; los paquetes que escribe sync export
llevan sus cambios, cifrados y firmados, a las laptops que los leen con sync import.
Un archivo de frase de acceso tiene la frase en su primera línea (al menos 12
caracteres).

Códigos de salida:
  0  hecho
  1  entrada no válida: un valor no permitido, un código o id desconocido, una regla
     incumplida
  2  uso: comando u opción desconocidos, falta un argumento
  3  rechazado: el archivo no es una base de datos de Capacita o es de una versión
     más reciente (no se modifica); un paquete de sincronización dañado, alterado,
     incompleto, de otro conjunto de datos o de una laptop revocada (no se importa nada)
  4  falló el disco o el motor de base de datos; no se cambió nada
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
        <translation>participant merge KEEP OTHER [--take FIELD,FIELD]  -&gt; imprime lo que se movió
        (FIELD: given_names family_names dni sex birth_year type institution
        ubigeo phone email languages; en esos campos prevalece el valor de OTHER)</translation>
    </message>
    <message>
        <source>participant unmerge OTHER  -&gt; prints what was restored</source>
        <translation>participant unmerge OTHER  -&gt; imprime lo que se restauró</translation>
    </message>
    <message>
        <source>import roster FILE [--dry-run] [--skip-invalid] [--sheet NAME]  -&gt; prints a summary
        (FILE: .xlsx or .csv; a rejected row refuses the whole file, exit 1,
        unless --skip-invalid; --dry-run reports and changes nothing)</source>
        <translation>import roster FILE [--dry-run] [--skip-invalid] [--sheet NAME]  -&gt; imprime un resumen
        (FILE: .xlsx o .csv; una fila rechazada hace rechazar todo el archivo, salida 1,
        salvo con --skip-invalid; --dry-run informa y no cambia nada)</translation>
    </message>
    <message>
        <source>template roster --out FILE.xlsx|FILE.csv  -&gt; an empty roster with the Spanish headers</source>
        <translation>template roster --out FILE.xlsx|FILE.csv  -&gt; una lista de participantes vacía con los encabezados en español</translation>
    </message>
    <message>
        <source>duplicates list [--participant ID]  -&gt; probable duplicate pairs with the evidence</source>
        <translation>duplicates list [--participant ID]  -&gt; pares de probables duplicados con la evidencia</translation>
    </message>
    <message>
        <source>duplicates dismiss A B  (not the same person: never proposed again)</source>
        <translation>duplicates dismiss A B  (no son la misma persona: no se vuelve a proponer)</translation>
    </message>
    <message>
        <source>participant add|update ... [--consent-date YYYY-MM-DD] [--consent-notice VERSION]
        [--consent-by NAME]  (consent under Ley 29733; no date = no consent)</source>
        <translation>participant add|update ... [--consent-date AAAA-MM-DD] [--consent-notice VERSIÓN]
        [--consent-by NOMBRE]  (consentimiento según la Ley 29733; sin fecha = sin consentimiento)</translation>
    </message>
    <message>
        <source>participant export ID [--out FILE]  -&gt; everything held about the person, as JSON</source>
        <translation>participant export ID [--out ARCHIVO]  -&gt; todo lo que se guarda sobre la persona, en JSON</translation>
    </message>
    <message>
        <source>backup create  -&gt; a checked copy of the database in its backups folder</source>
        <translation>backup create  -&gt; una copia verificada de la base de datos en su carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>backup list  -&gt; the backups, newest first: path, created, reason, size</source>
        <translation>backup list  -&gt; las copias de seguridad, la más reciente primero: ruta, fecha, motivo, tamaño</translation>
    </message>
    <message>
        <source>backup restore FILE | --latest  (checks the backup, keeps a copy of the current
        file, then replaces it; refused while Capacita has the file open)</source>
        <translation>backup restore ARCHIVO | --latest  (verifica la copia, guarda una copia del archivo
        actual y luego lo reemplaza; se rechaza mientras Capacita tenga el archivo abierto)</translation>
    </message>
    <message>
        <source>audit list [--record ID] [--format json|csv] [--out FILE]  -&gt; who changed what, when,
        on which laptop (ID: a participant or training with its rows, or any row)</source>
        <translation>audit list [--record ID] [--format json|csv] [--out ARCHIVO]  -&gt; quién cambió qué, cuándo,
        en qué laptop (ID: un participante o capacitación con sus filas, o cualquier fila)</translation>
    </message>
    <message>
        <source>audit operator [NAME]  -&gt; shows or sets the name the audit log records</source>
        <translation>audit operator [NOMBRE]  -&gt; muestra o fija el nombre que registra el historial de cambios</translation>
    </message>
    <message>
        <source>report indicators [--fy YYYY [--quarter Q] | --period FY2025-Q1 | --from D --to D]
        [--department NAME] [--topic CODE] [--type CODE] [--consented-only]
        --format json|csv|xlsx|pdf [--out FILE]  -&gt; the donor figures
        (xlsx and pdf need --out; json and csv go to stdout without it)</source>
        <translation>report indicators [--fy AAAA [--quarter T] | --period FY2025-Q1 | --from F --to F]
        [--department NOMBRE] [--topic CÓDIGO] [--type CÓDIGO] [--consented-only]
        --format json|csv|xlsx|pdf [--out ARCHIVO]  -&gt; las cifras para el donante
        (xlsx y pdf requieren --out; json y csv van a stdout sin él)</translation>
    </message>
    <message>
        <source>report participants [same period and filters] [--by DIMENSION --key KEY]
        --format json|csv|xlsx [--out FILE]  -&gt; the people counted as trained
        (DIMENSION: sex age_band participant_type department topic month)</source>
        <translation>report participants [mismo periodo y filtros] [--by DIMENSIÓN --key CLAVE]
        --format json|csv|xlsx [--out ARCHIVO]  -&gt; las personas contadas como capacitadas
        (DIMENSIÓN: sex age_band participant_type department topic month)</translation>
    </message>
    <message>
        <source>target set INDICATOR PERIOD VALUE [--type CODE] [--department NAME]  -&gt; prints id
        (PERIOD: FY2025, 2025 or FY2025-Q1; setting it again replaces the value)</source>
        <translation>target set INDICADOR PERIODO VALOR [--type CÓDIGO] [--department NOMBRE]  -&gt; imprime el id
        (PERIODO: FY2025, 2025 o FY2025-Q1; fijarla de nuevo reemplaza el valor)</translation>
    </message>
    <message>
        <source>target list | delete ID</source>
        <translation>target list | delete ID</translation>
    </message>
    <message>
        <source>sheet signin|scores TRAINING_ID_OR_CODE --out FILE.pdf [--max M] [--blank-rows N]
        -&gt; a printed sign-in sheet (one signature column per session) or pre/post
        score sheet for the enrolled, with blank rows for walk-ins</source>
        <translation>sheet signin|scores ID_O_CÓDIGO_DE_CAPACITACIÓN --out ARCHIVO.pdf [--max M] [--blank-rows N]
        -&gt; una hoja de asistencia impresa (una columna de firma por sesión) o una hoja
        de notas de pre/post test de los inscritos, con filas en blanco para quienes lleguen sin inscripción</translation>
    </message>
    <message>
        <source>report ... and sheet ... [--lang es|en]  -&gt; language of the document (Spanish unless en)</source>
        <translation>report ... y sheet ... [--lang es|en]  -&gt; idioma del documento (español salvo con en)</translation>
    </message>
</context>
<context>
    <name>capacita::csvreader</name>
    <message>
        <source>The file has no header line and no rows.</source>
        <translation>El archivo no tiene fila de encabezados ni filas de datos.</translation>
    </message>
    <message>
        <source>CSV, %1, delimiter %2</source>
        <translation>CSV, %1, separador %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>%1 pesa más de %2 MB; divídalo en archivos más pequeños.</translation>
    </message>
</context>
<context>
    <name>capacita::csvreader::Parser</name>
    <message>
        <source>Line %1: a quoted field starts there and never ends (its closing &quot; is missing).</source>
        <translation>Línea %1: ahí empieza un campo entre comillas que nunca termina (falta la &quot; de cierre).</translation>
    </message>
</context>
<context>
    <name>capacita::labels</name>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other / non-binary</source>
        <translation>X (otro / no binario)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No indica</translation>
    </message>
    <message>
        <source>DNI</source>
        <translation>DNI</translation>
    </message>
    <message>
        <source>Foreigner&apos;s card (CE)</source>
        <translation>Carné de extranjería (CE)</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Sin documento</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtual</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Semipresencial</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
</context>
<context>
    <name>capacita::reports::Drill</name>
    <message>
        <source>&quot;%1&quot; is not a report dimension; use sex, age_band, participant_type, department, topic or month.</source>
        <translation>&quot;%1&quot; no es una dimensión del reporte; use sex, age_band, participant_type, department, topic o month.</translation>
    </message>
</context>
<context>
    <name>capacita::reports::PdfReportText</name>
    <message>
        <source>Dataset: %1</source>
        <translation>Conjunto de datos: %1</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <source>Period and filters: %1</source>
        <translation>Periodo y filtros: %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras principales</translation>
    </message>
    <message>
        <source>individuals trained</source>
        <translation>personas capacitadas</translation>
    </message>
    <message>
        <source>completed participations</source>
        <translation>participaciones completadas</translation>
    </message>
    <message>
        <source>trainings</source>
        <translation>capacitaciones</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>hours of training</source>
        <translation>horas de capacitación</translation>
    </message>
    <message>
        <source>attendance rate</source>
        <translation>tasa de asistencia</translation>
    </message>
    <message>
        <source>mean knowledge gain (points)</source>
        <translation>ganancia media de conocimientos (puntos)</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definiciones</translation>
    </message>
    <message>
        <source>Notes on data quality</source>
        <translation>Notas sobre la calidad de los datos</translation>
    </message>
    <message>
        <source>Participants without a DNI on record: %1. Without a document number a person can only be recognised by name, sex and birth year, so some of them may be counted twice.</source>
        <translation>Participantes sin DNI registrado: %1. Sin número de documento, a una persona solo se la reconoce por nombres, sexo y año de nacimiento, por lo que algunas podrían contarse dos veces.</translation>
    </message>
    <message>
        <source>Probable duplicate pairs not yet reviewed: %1. Until each pair is merged or marked as two people, the same person may be counted twice.</source>
        <translation>Pares de probables duplicados sin revisar: %1. Mientras cada par no se fusione o se marque como dos personas distintas, la misma persona podría contarse dos veces.</translation>
    </message>
    <message>
        <source>Open sync conflicts: %1. A figure may change when they are resolved.</source>
        <translation>Conflictos de sincronización abiertos: %1. Una cifra puede cambiar cuando se resuelvan.</translation>
    </message>
    <message>
        <source>A person counts once in the total and once in every category they fall in, so departments, topics and age bands can add up to more than the total.</source>
        <translation>Una persona se cuenta una vez en el total y una vez en cada categoría a la que pertenece; por eso los departamentos, temas y grupos de edad pueden sumar más que el total.</translation>
    </message>
</context>
<context>
    <name>capacita::reports::PdfText</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1: this program started without a graphics system to lay out fonts.</source>
        <translation>No se pudo escribir el PDF %1: el programa se inició sin un sistema gráfico para componer las fuentes.</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1: the page could not be drawn.</source>
        <translation>No se pudo escribir el PDF %1: no se pudo dibujar la página.</translation>
    </message>
</context>
<context>
    <name>capacita::reports::ReportCharts</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Individuals trained</source>
        <translation>Personas capacitadas</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Non-binary (X)</source>
        <translation>No binario (X)</translation>
    </message>
    <message>
        <source>Individuals trained by department</source>
        <translation>Personas capacitadas por departamento</translation>
    </message>
    <message>
        <source>Individuals trained by participant type</source>
        <translation>Personas capacitadas por tipo de participante</translation>
    </message>
    <message>
        <source>Individuals trained by sex</source>
        <translation>Personas capacitadas por sexo</translation>
    </message>
    <message>
        <source>Trainings and individuals trained per month</source>
        <translation>Capacitaciones y personas capacitadas por mes</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Capacitaciones</translation>
    </message>
    <message>
        <source>Pre and post test by participant type</source>
        <translation>Pre test y post test por tipo de participante</translation>
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
        <translation>Metas y logros</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>A training belongs to the period in which it ended. The fiscal year runs from 1 October to 30 September: FY2025 is 1 October 2024 to 30 September 2025.</source>
        <translation>Una capacitación pertenece al periodo en que terminó. El año fiscal va del 1 de octubre al 30 de septiembre: FY2025 es del 1 de octubre de 2024 al 30 de septiembre de 2025.</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>One person enrolled in one training.</source>
        <translation>Una persona inscrita en una capacitación.</translation>
    </message>
    <message>
        <source>Completed participation</source>
        <translation>Participación completada</translation>
    </message>
    <message>
        <source>A participation whose attended sessions (present or late) divided by the training&apos;s sessions reach the training&apos;s completion share (80% unless set otherwise), and whose post test reaches the training&apos;s minimum score when it has one. A training with no sessions has no completed participations.</source>
        <translation>Una participación cuyas sesiones asistidas (presente o tarde) divididas entre las sesiones de la capacitación alcanzan la proporción de culminación de la capacitación (80 % salvo que se indique otra), y cuyo post test alcanza el puntaje mínimo de la capacitación cuando lo tiene. Una capacitación sin sesiones no tiene participaciones completadas.</translation>
    </message>
    <message>
        <source>Distinct people, after merging duplicate records, with at least one completed participation in a training that ended in the period. Each person counts once in the total.</source>
        <translation>Personas distintas, después de fusionar registros duplicados, con al menos una participación completada en una capacitación que terminó en el periodo. Cada persona se cuenta una vez en el total.</translation>
    </message>
    <message>
        <source>Disaggregations</source>
        <translation>Desagregaciones</translation>
    </message>
    <message>
        <source>Sex and participant type are the person&apos;s; the age band is the end year of each training minus the birth year; department and topic are the training&apos;s. A person counts once in each group they fall in, so groups can add up to more than the total. Missing values count as unknown.</source>
        <translation>El sexo y el tipo de participante son los de la persona; el grupo de edad es el año en que terminó cada capacitación menos el año de nacimiento; el departamento y el tema son los de la capacitación. Una persona se cuenta una vez en cada grupo al que pertenece, por lo que los grupos pueden sumar más que el total. Los valores que faltan se cuentan como desconocidos.</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Tasa de asistencia</translation>
    </message>
    <message>
        <source>Present and late marks divided by enrolled participants times sessions, over the trainings of the period.</source>
        <translation>Marcas de presente y tarde divididas entre participantes inscritos por sesiones, sobre las capacitaciones del periodo.</translation>
    </message>
    <message>
        <source>Pre and post test</source>
        <translation>Pre test y post test</translation>
    </message>
    <message>
        <source>Over completed participations with both scores, each as a percentage of its maximum score. Gain is post minus pre in percentage points; improved means post above pre; the normalised gain is (post − pre) / (100 − pre), over those whose pre test was below 100%.</source>
        <translation>Sobre las participaciones completadas con ambos puntajes, cada uno como porcentaje de su puntaje máximo. La ganancia es post menos pre en puntos porcentuales; mejoró significa post mayor que pre; la ganancia normalizada es (post − pre) / (100 − pre), sobre quienes tuvieron un pre test menor al 100 %.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>A target is set for a fiscal year or quarter, for the whole programme or for one participant type or department. Its actual is the same figure computed for that period and group.</source>
        <translation>Una meta se fija para un año fiscal o un trimestre, para todo el programa o para un tipo de participante o departamento. Su logro es la misma cifra calculada para ese periodo y grupo.</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Calidad de datos</translation>
    </message>
    <message>
        <source>Participants without DNI are live records without a DNI number; probable duplicates are pairs of records that may be one person and still await review; open conflicts are concurrent edits from synchronisation that nobody has reviewed yet. These cover the whole dataset.</source>
        <translation>Participantes sin DNI son registros vigentes sin número de DNI; probables duplicados son pares de registros que pueden ser una misma persona y esperan revisión; conflictos pendientes son ediciones simultáneas de la sincronización que nadie ha revisado aún. Cubren todo el conjunto de datos.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el período</translation>
    </message>
    <message>
        <source>department unknown</source>
        <translation>departamento desconocido</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>tema %1</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>tipo %1</translation>
    </message>
    <message>
        <source>only people with recorded consent</source>
        <translation>solo personas con consentimiento registrado</translation>
    </message>
</context>
<context>
    <name>capacita::reports::ReportFilter</name>
    <message>
        <source>&quot;%1&quot; is not a period; write a fiscal year like FY2025 or a quarter like FY2025-Q1.</source>
        <translation>&quot;%1&quot; no es un periodo; escriba un año fiscal como FY2025 o un trimestre como FY2025-Q1.</translation>
    </message>
</context>
<context>
    <name>capacita::reports::ReportTables</name>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Non-binary (X)</source>
        <translation>No binario (X)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Menor de 18</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 a más</translation>
    </message>
    <message>
        <source>Individuals trained</source>
        <translation>Personas capacitadas</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Participaciones</translation>
    </message>
    <message>
        <source>Completed participations</source>
        <translation>Participaciones completadas</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Capacitaciones</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Training hours</source>
        <translation>Horas de capacitación</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Tasa de asistencia</translation>
    </message>
    <message>
        <source>Participations with pre and post test</source>
        <translation>Participaciones con pre test y post test</translation>
    </message>
    <message>
        <source>Mean pre test (% of maximum)</source>
        <translation>Promedio del pre test (% del máximo)</translation>
    </message>
    <message>
        <source>Mean post test (% of maximum)</source>
        <translation>Promedio del post test (% del máximo)</translation>
    </message>
    <message>
        <source>Mean gain (percentage points)</source>
        <translation>Ganancia promedio (puntos porcentuales)</translation>
    </message>
    <message>
        <source>Share who improved</source>
        <translation>Proporción que mejoró</translation>
    </message>
    <message>
        <source>Mean normalised gain</source>
        <translation>Ganancia normalizada promedio</translation>
    </message>
    <message>
        <source>Participants without DNI</source>
        <translation>Participantes sin DNI</translation>
    </message>
    <message>
        <source>Probable duplicate pairs</source>
        <translation>Pares de probables duplicados</translation>
    </message>
    <message>
        <source>Open sync conflicts</source>
        <translation>Conflictos de sincronización pendientes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Individuals are counted once however many trainings they completed.</source>
        <translation>Cada persona se cuenta una sola vez, sin importar cuántas capacitaciones haya completado.</translation>
    </message>
    <message>
        <source>A person counts once in each group they fall in, so the rows can add up to more than the total of individuals trained.</source>
        <translation>Una persona se cuenta una vez en cada grupo al que pertenece, por lo que las filas pueden sumar más que el total de personas capacitadas.</translation>
    </message>
    <message>
        <source>Individuals trained by sex</source>
        <translation>Personas capacitadas por sexo</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Individuals trained by age band</source>
        <translation>Personas capacitadas por grupo de edad</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <source>Age at the end year of each training; a person trained in two years can count in two bands.</source>
        <translation>Edad en el año en que terminó cada capacitación; una persona capacitada en dos años puede contarse en dos grupos.</translation>
    </message>
    <message>
        <source>Individuals trained by participant type</source>
        <translation>Personas capacitadas por tipo de participante</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Individuals trained by department</source>
        <translation>Personas capacitadas por departamento</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Department of the training. A person counts once in each department they were trained in, so the rows can add up to more than the total.</source>
        <translation>Departamento de la capacitación. Una persona se cuenta una vez en cada departamento donde fue capacitada, por lo que las filas pueden sumar más que el total.</translation>
    </message>
    <message>
        <source>Individuals trained by topic</source>
        <translation>Personas capacitadas por tema</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Knowledge gain (pre and post test)</source>
        <translation>Ganancia de conocimientos (pre test y post test)</translation>
    </message>
    <message>
        <source>Completed participations with both a pre and a post test; scores as % of the maximum.</source>
        <translation>Participaciones completadas con pre test y post test; puntajes como % del máximo.</translation>
    </message>
    <message>
        <source>Pre and post test by participant type</source>
        <translation>Pre test y post test por tipo de participante</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>Con ambos puntajes</translation>
    </message>
    <message>
        <source>Mean pre test (%)</source>
        <translation>Promedio del pre test (%)</translation>
    </message>
    <message>
        <source>Mean post test (%)</source>
        <translation>Promedio del post test (%)</translation>
    </message>
    <message>
        <source>Trainings and individuals per month</source>
        <translation>Capacitaciones y personas por mes</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>By the month in which each training ended.</source>
        <translation>Según el mes en que terminó cada capacitación.</translation>
    </message>
    <message>
        <source>Targets and actuals</source>
        <translation>Metas y logros</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Disaggregation</source>
        <translation>Desagregación</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>The actual is shown for targets of the report&apos;s period; it counts the whole programme in the target&apos;s disaggregation.</source>
        <translation>El logro se muestra para las metas del periodo del reporte; cuenta todo el programa en la desagregación de la meta.</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Calidad de datos</translation>
    </message>
    <message>
        <source>Over all the records of the dataset, whatever the period and filters.</source>
        <translation>Sobre todos los registros del conjunto de datos, sin importar el periodo ni los filtros.</translation>
    </message>
    <message>
        <source>People counted as trained</source>
        <translation>Personas contadas como capacitadas</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>Trainings completed</source>
        <translation>Capacitaciones completadas</translation>
    </message>
    <message>
        <source>One row per person counted in individuals trained, with the trainings they completed in the period.</source>
        <translation>Una fila por persona contada entre las personas capacitadas, con las capacitaciones que completó en el periodo.</translation>
    </message>
</context>
<context>
    <name>capacita::reports::SheetText</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>Hoja de asistencia</translation>
    </message>
    <message>
        <source>Pre test and post test scores</source>
        <translation>Registro de notas del pre test y post test</translation>
    </message>
    <message>
        <source>Venue: %1</source>
        <translation>Lugar: %1</translation>
    </message>
    <message>
        <source>Dates: %1 to %2</source>
        <translation>Fechas: del %1 al %2</translation>
    </message>
    <message>
        <source>Maximum score: %1</source>
        <translation>Puntaje máximo: %1</translation>
    </message>
    <message>
        <source>Facilitator: ______________________________   Signature: ____________________</source>
        <translation>Facilitador(a): ______________________________   Firma: ____________________</translation>
    </message>
    <message>
        <source>Please sign in the column of each session you attend. If your name is not on the list, write your names, DNI and institution in a blank row.</source>
        <translation>Por favor, firme en la columna de cada sesión a la que asiste. Si su nombre no está en la lista, escriba sus nombres, DNI e institución en una fila en blanco.</translation>
    </message>
    <message>
        <source>Write each score as a number from 0 to %1. Leave the cell empty when the person did not take the test; do not write a zero for a missing test.</source>
        <translation>Escriba cada nota como un número de 0 a %1. Deje la celda vacía si la persona no rindió la prueba; no escriba cero por una prueba no rendida.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Family names, given names</source>
        <translation>Apellidos, nombres</translation>
    </message>
    <message>
        <source>DNI</source>
        <translation>DNI</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesión %1</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Pre test
(of %1)</source>
        <translation>Pre test
(sobre %1)</translation>
    </message>
    <message>
        <source>Post test
(of %1)</source>
        <translation>Post test
(sobre %1)</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Sessions %1 to %2 of %3</source>
        <translation>Sesiones %1 a %2 de %3</translation>
    </message>
    <message>
        <source>Contains personal data: keep it safe and destroy it once it has been entered in Capacita.</source>
        <translation>Contiene datos personales: guárdela en un lugar seguro y destrúyala cuando se haya registrado en Capacita.</translation>
    </message>
    <message>
        <source>No training has the id or code %1.</source>
        <translation>Ninguna capacitación tiene el id o código %1.</translation>
    </message>
</context>
<context>
    <name>capacita::reports::XlsxText</name>
    <message>
        <source>Definitions</source>
        <translation>Definiciones</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Cannot write the spreadsheet %1: %2. Any earlier file there was left as it was.</source>
        <translation>No se pudo escribir la hoja de cálculo %1: %2. Si ya había un archivo allí, quedó como estaba.</translation>
    </message>
</context>
<context>
    <name>capacita::rostercolumns</name>
    <message>
        <source>the columns &quot;%1&quot; and &quot;%2&quot; both hold %3; keep only one.</source>
        <translation>las columnas &quot;%1&quot; y &quot;%2&quot; contienen ambas %3; deje solo una.</translation>
    </message>
    <message>
        <source>The roster lacks the required column(s): %1.</source>
        <translation>Faltan columnas obligatorias en la lista de participantes: %1.</translation>
    </message>
</context>
<context>
    <name>capacita::rosterfile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls file; open it in Excel or LibreOffice and save it as .xlsx or CSV.</source>
        <translation>%1 es un archivo antiguo de Excel (.xls); ábralo en Excel o LibreOffice y guárdelo como .xlsx o CSV.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>capacita::rosterrows</name>
    <message>
        <source>is required: the code groups the rows of one training.</source>
        <translation>es obligatorio: el código agrupa las filas de una misma capacitación.</translation>
    </message>
    <message>
        <source>%1 is not a district code of the UBIGEO table.</source>
        <translation>%1 no es un código de distrito de la tabla UBIGEO.</translation>
    </message>
    <message>
        <source>%1 (%2) is not in the department %3.</source>
        <translation>%1 (%2) no está en el departamento %3.</translation>
    </message>
    <message>
        <source>%1 is before the start date %2.</source>
        <translation>%1 es anterior a la fecha de inicio %2.</translation>
    </message>
    <message>
        <source>%1 is not a number of sessions (1 to 366).</source>
        <translation>%1 no es un número de sesiones válido (de 1 a 366).</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>es obligatorio.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 no puede ser negativo.</translation>
    </message>
    <message>
        <source>the maximum score must be greater than 0.</source>
        <translation>la nota máxima debe ser mayor que 0.</translation>
    </message>
    <message>
        <source>%1 is outside 0 to %2, the maximum score.</source>
        <translation>%1 está fuera del rango de 0 a %2, la nota máxima.</translation>
    </message>
    <message>
        <source>is required: no row of training %1 gives its title, dates and sessions, and no training with that code is on record.</source>
        <translation>es obligatorio: ninguna fila de la capacitación %1 indica su título, fechas y sesiones, y no hay ninguna capacitación registrada con ese código.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; disagrees with line %2, the first row of training %3, which has &quot;%4&quot;.</source>
        <translation>&quot;%1&quot; no coincide con la línea %2, la primera fila de la capacitación %3, que tiene &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; disagrees with training %2 on record, which has &quot;%3&quot;.</source>
        <translation>&quot;%1&quot; no coincide con la capacitación %2 registrada, que tiene &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 sessions attended, but the training had %2.</source>
        <translation>%1 sesiones con asistencia, pero la capacitación tuvo %2.</translation>
    </message>
</context>
<context>
    <name>capacita::rostervalues</name>
    <message>
        <source>%1 is not an Excel date.</source>
        <translation>%1 no es una fecha de Excel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation>&quot;%1&quot; no es una fecha; escríbala como dd/mm/aaaa o aaaa-mm-dd.</translation>
    </message>
    <message>
        <source>%1 does not exist on the calendar.</source>
        <translation>%1 no existe en el calendario.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; no es un número.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; no es un número entero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNI: it has 7 digits, not 8. If a leading zero was lost, format the column as text and type it again.</source>
        <translation>&quot;%1&quot; no es un DNI: tiene 7 dígitos, no 8. Si se perdió un cero inicial, dé a la columna formato de texto y vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNI: it must be exactly 8 digits.</source>
        <translation>&quot;%1&quot; no es un DNI: debe tener exactamente 8 dígitos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sex; use F, M or X (or Mujer, Hombre), or leave it blank.</source>
        <translation>&quot;%1&quot; no es un valor válido de sexo; use F, M o X (o Mujer, Hombre), o déjelo en blanco.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>&quot;%1&quot; no es un año.</translation>
    </message>
    <message>
        <source>%1 is not a plausible birth year (1900 to %2).</source>
        <translation>%1 no es un año de nacimiento plausible (de 1900 a %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UBIGEO code (6 digits).</source>
        <translation>&quot;%1&quot; no es un código UBIGEO (6 dígitos).</translation>
    </message>
</context>
<context>
    <name>capacita::validation</name>
    <message>
        <source>&quot;%1&quot; is not allowed; use one of: %2.</source>
        <translation>&quot;%1&quot; no está permitido; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>es obligatorio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; no es una fecha; escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>%1 does not exist on the calendar.</source>
        <translation>%1 no existe en el calendario.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; no es un número.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; no es un número entero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNI: it must be exactly 8 digits.</source>
        <translation>&quot;%1&quot; no es un DNI: debe tener exactamente 8 dígitos.</translation>
    </message>
    <message>
        <source>a carné de extranjería needs its number.</source>
        <translation>el carné de extranjería necesita su número.</translation>
    </message>
    <message>
        <source>a number was given without a document type.</source>
        <translation>se indicó un número sin tipo de documento.</translation>
    </message>
    <message>
        <source>%1 is not a plausible birth year (1900 to this year).</source>
        <translation>%1 no es un año de nacimiento plausible (de 1900 al año actual).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UBIGEO code (6 digits).</source>
        <translation>&quot;%1&quot; no es un código UBIGEO (6 dígitos).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>is required and must be a real date.</source>
        <translation>es obligatoria y debe ser una fecha real.</translation>
    </message>
    <message>
        <source>%1 is before the start date %2.</source>
        <translation>%1 es anterior a la fecha de inicio %2.</translation>
    </message>
    <message>
        <source>%1 is not a share of sessions between 0 and 1 (e.g. 0.8).</source>
        <translation>%1 no es una proporción de sesiones entre 0 y 1 (p. ej. 0.8).</translation>
    </message>
    <message>
        <source>cannot be negative.</source>
        <translation>no puede ser negativo.</translation>
    </message>
    <message>
        <source>%1 is outside the training&apos;s dates (%2 to %3).</source>
        <translation>%1 está fuera de las fechas de la capacitación (del %2 al %3).</translation>
    </message>
    <message>
        <source>%1 is not a number of hours in a day (0 to 24).</source>
        <translation>%1 no es un número de horas válido para un día (de 0 a 24).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day (HH:MM).</source>
        <translation>&quot;%1&quot; no es una hora del día (HH:MM).</translation>
    </message>
    <message>
        <source>the maximum score must be greater than 0.</source>
        <translation>la nota máxima debe ser mayor que 0.</translation>
    </message>
    <message>
        <source>%1 is outside 0 to %2.</source>
        <translation>%1 está fuera del rango de 0 a %2.</translation>
    </message>
    <message>
        <source>the date of the consent is missing; enter it with the notice version and who collected it.</source>
        <translation>falta la fecha del consentimiento; ingrésela junto con la versión del aviso y quién lo recogió.</translation>
    </message>
    <message>
        <source>%1 is not a plausible date of consent.</source>
        <translation>%1 no es una fecha de consentimiento plausible.</translation>
    </message>
</context>
<context>
    <name>capacita::xlsxparts</name>
    <message>
        <source>The workbook is damaged: %1 is not valid XML (%2, line %3).</source>
        <translation>El libro está dañado: %1 no es XML válido (%2, línea %3).</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>El libro no tiene hojas.</translation>
    </message>
</context>
<context>
    <name>capacita::xlsxreader</name>
    <message>
        <source>The workbook is damaged: a cell of %1 (line %2) points to shared text %3, which does not exist.</source>
        <translation>El libro está dañado: una celda de %1 (línea %2) apunta al texto compartido %3, que no existe.</translation>
    </message>
    <message>
        <source>The sheet is empty: it has no header row.</source>
        <translation>La hoja está vacía: no tiene fila de encabezados.</translation>
    </message>
    <message>
        <source>The file is not an .xlsx workbook (it has no xl/workbook.xml).</source>
        <translation>El archivo no es un libro .xlsx (no tiene xl/workbook.xml).</translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot;; its sheets are: %2.</source>
        <translation>El libro no tiene una hoja &quot;%1&quot;; sus hojas son: %2.</translation>
    </message>
    <message>
        <source>XLSX, sheet %1</source>
        <translation>XLSX, hoja %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>%1 pesa más de %2 MB; divídalo en archivos más pequeños.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use the database at &lt;path&gt;.</source>
        <translation>Usar la base de datos en &lt;path&gt;.</translation>
    </message>
    <message>
        <source>Language of the program: es or en.</source>
        <translation>Idioma del programa: es o en.</translation>
    </message>
    <message>
        <source>Capacita: training records of a counter-trafficking programme.
The database is chosen by --db, else the CAPACITA_DB variable, else the default location.</source>
        <translation>Capacita: registro de capacitaciones de un programa contra la trata de personas.
La base de datos se elige con --db; si no, con la variable CAPACITA_DB; si no, se usa la ubicación predeterminada.</translation>
    </message>
    <message>
        <source>What to do: choose another file with --db PATH. If this file comes from a newer version of Capacita, install that version to open it.</source>
        <translation>Qué hacer: elija otro archivo con --db PATH. Si este archivo viene de una versión más reciente de Capacita, instale esa versión para abrirlo.</translation>
    </message>
    <message>
        <source>What to do: check that the folder exists, that you may write to it and that the disk is not full, then start Capacita again.</source>
        <translation>Qué hacer: compruebe que la carpeta exista, que usted tenga permiso para escribir en ella y que el disco no esté lleno; luego vuelva a iniciar Capacita.</translation>
    </message>
    <message>
        <source>What to do: choose another file with --db PATH, or ask for help with this file.</source>
        <translation>Qué hacer: elija otro archivo con --db PATH o pida ayuda con este archivo.</translation>
    </message>
    <message>
        <source>Capacita could not open its database:
%1</source>
        <translation>Capacita no pudo abrir su base de datos:
%1</translation>
    </message>
    <message>
        <source>White text on black, whatever the setting.</source>
        <translation>Texto blanco sobre negro, sin importar el ajuste guardado.</translation>
    </message>
</context>
</TS>
