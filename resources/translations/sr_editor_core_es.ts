<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AltStateError</name>
    <message>
        <location filename="../../src/sr_editor/core/alt/state.py" line="247"/>
        <source>another program keeps the site&apos;s queue busy; it was not saved</source>
        <translation>otro programa mantiene ocupada la cola del sitio; no se ha guardado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/alt/state.py" line="336"/>
        <source>another program keeps the outbox busy; the description was not kept, try again</source>
        <translation>otro programa mantiene ocupada la bandeja de salida; la descripción no se ha guardado, inténtelo de nuevo</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="233"/>
        <source>error {0}</source>
        <translation>error {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="234"/>
        <source>{0} refused the request: {1}.</source>
        <translation>{0} rechazó la petición: {1}.</translation>
    </message>
</context>
<context>
    <name>ApplicationPasswordsDisabled</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="107"/>
        <source>{0} has Application Passwords switched off; ask the site&apos;s administrator to enable them.</source>
        <translation>{0} tiene desactivadas las contraseñas de aplicación; pida al administrador del sitio que las active.</translation>
    </message>
</context>
<context>
    <name>ArticleBusyError</name>
    <message>
        <location filename="../../src/sr_editor/core/storage/lock.py" line="199"/>
        <source>{0} is being saved by another program that does not finish; not saved, try again.</source>
        <translation>Otro programa está guardando {0} y no termina; no se ha guardado, inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ArticleExistsError</name>
    <message>
        <location filename="../../src/sr_editor/core/errors.py" line="75"/>
        <source>{0} already exists; choose another name.</source>
        <translation>{0} ya existe; elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>ArticleInUseError</name>
    <message>
        <location filename="../../src/sr_editor/core/storage/workspace.py" line="264"/>
        <source>{0} is being saved by another program or window; it was not renamed, try again in a moment.</source>
        <translation>Otro programa o ventana está guardando {0}; no se ha cambiado el nombre, inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/storage/workspace.py" line="295"/>
        <source>{0} is being saved by another program or window; it was not moved to the trash, try again in a moment.</source>
        <translation>Otro programa o ventana está guardando {0}; no se ha movido a la papelera, inténtelo de nuevo en un momento.</translation>
    </message>
</context>
<context>
    <name>ArticleNotFoundError</name>
    <message>
        <location filename="../../src/sr_editor/core/errors.py" line="54"/>
        <source>{0}: no article here (expected a folder holding index.md, or index.md itself).</source>
        <translation>{0}: aquí no hay ningún artículo (se esperaba una carpeta con index.md, o el propio index.md).</translation>
    </message>
</context>
<context>
    <name>ArticleSession</name>
    <message>
        <location filename="../../src/sr_editor/services/document/session.py" line="55"/>
        <source>The article</source>
        <translation>El artículo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/services/document/session.py" line="56"/>
        <source>{0} could not be saved; its text is kept in a recovery copy.</source>
        <translation>No se pudo guardar {0}; su texto se conserva en una copia de recuperación.</translation>
    </message>
</context>
<context>
    <name>ArticleTooLargeError</name>
    <message>
        <location filename="../../src/sr_editor/core/errors.py" line="84"/>
        <source>{0} would be {1} MB, over the {2} MB limit for articles; not saved.</source>
        <translation>{0} ocuparía {1} MB, por encima del límite de {2} MB para artículos; no se ha guardado.</translation>
    </message>
</context>
<context>
    <name>ArticleWriteError</name>
    <message>
        <location filename="../../src/sr_editor/core/errors.py" line="65"/>
        <source>{0} could not be saved ({1}); the previous version on disk is unchanged.</source>
        <translation>No se pudo guardar {0} ({1}); la versión anterior en el disco sigue intacta.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/storage/store.py" line="179"/>
        <source>the file on disk cannot be read: {0}</source>
        <translation>no se puede leer el archivo del disco: {0}</translation>
    </message>
</context>
<context>
    <name>AuthError</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="80"/>
        <source>{0} did not accept the password: it is not an Application Password (those are 24 letters and digits, shown in groups of four), and the password you log in with does not work here.</source>
        <translation>{0} no aceptó la contraseña: no es una contraseña de aplicación (esas tienen 24 letras y cifras, mostradas en grupos de cuatro), y la contraseña con la que inicia sesión no sirve aquí.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="85"/>
        <source>{0} did not accept the username or password{1}. An Application Password needs your WordPress username (the one you log in with), not the name you gave the password.</source>
        <translation>{0} no aceptó el nombre de usuario o la contraseña{1}. Una contraseña de aplicación necesita su nombre de usuario de WordPress (con el que inicia sesión), no el nombre que le dio a la contraseña.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="101"/>
        <source>Make an Application Password on your profile page on the site, {0}, under &quot;Application Passwords&quot;.</source>
        <translation>Cree una contraseña de aplicación en su página de perfil del sitio, {0}, en «Contraseñas de aplicación».</translation>
    </message>
</context>
<context>
    <name>AutosaveService</name>
    <message>
        <location filename="../../src/sr_editor/services/document/autosave.py" line="260"/>
        <source>Could not write the recovery copy of {0}: {1}</source>
        <translation>No se pudo escribir la copia de recuperación de {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/services/document/autosave.py" line="213"/>
        <location filename="../../src/sr_editor/services/document/autosave.py" line="306"/>
        <location filename="../../src/sr_editor/services/document/autosave.py" line="309"/>
        <source>Could not save {0}/index.md: {1}</source>
        <translation>No se pudo guardar {0}/index.md: {1}</translation>
    </message>
</context>
<context>
    <name>BadAltTextError</name>
    <message>
        <location filename="../../src/sr_editor/core/alt/queue.py" line="47"/>
        <source>The description holds an invisible control character ({0}); remove it and try again.</source>
        <translation>La descripción contiene un carácter de control invisible ({0}); elimínelo e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>BrokenArticleError</name>
    <message>
        <location filename="../../src/sr_editor/core/errors.py" line="23"/>
        <source>{0}, line {1}</source>
        <translation>{0}, línea {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/errors.py" line="25"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>ChecksFailed</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="257"/>
        <source>a check failed</source>
        <translation>falló una comprobación</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="258"/>
        <source> (and {0} more)</source>
        <translation> (y {0} más)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="259"/>
        <source>{0}: not published, fix this first{1}: {2} (or use force).</source>
        <translation>{0}: no se ha publicado, corrija esto primero{1}: {2} (o use force).</translation>
    </message>
</context>
<context>
    <name>CompanionMissing</name>
    <message>
        <location filename="../../src/sr_editor/publish/review/errors.py" line="14"/>
        <source>{0} does not have the sr-editor companion plugin, which {1} needs; an administrator can install it from Plugins &gt; Add New &gt; Upload Plugin (packaging/wordpress/build-zip.sh makes the zip).</source>
        <translation>{0} no tiene el plugin complementario de sr-editor, que hace falta para {1}; un administrador puede instalarlo desde Plugins &gt; Añadir nuevo &gt; Subir plugin (packaging/wordpress/build-zip.sh crea el zip).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/lock.py" line="52"/>
        <source>showing who is editing a post</source>
        <translation>mostrar quién está editando una entrada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/describer.py" line="29"/>
        <source>describing images with the Image describer role</source>
        <translation>describir imágenes con el rol Descriptor de imágenes</translation>
    </message>
</context>
<context>
    <name>ConflictError</name>
    <message>
        <location filename="../../src/sr_editor/publish/sync/conflict.py" line="25"/>
        <source>on the site</source>
        <translation>en el sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/conflict.py" line="26"/>
        <source>yours</source>
        <translation>la suya</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/conflict.py" line="53"/>
        <source>user #{0}</source>
        <translation>usuario n.º {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/conflict.py" line="53"/>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/conflict.py" line="119"/>
        <source>media item {0} on the site</source>
        <translation>elemento multimedia {0} del sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="298"/>
        <source>{0}: the post on {1} was changed by {2} at {3} UTC since you last published; not overwriting it (compare, then publish with force to overwrite).</source>
        <translation>{0}: {2} modificó la entrada en {1} el {3} UTC, después de su última publicación; no se sobrescribe (compare y luego publique con force para sobrescribirla).</translation>
    </message>
</context>
<context>
    <name>CreateUnconfirmed</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="280"/>
        <source>{0}: {1} did not confirm the new post, and it had not appeared {2} s later; publish again later (publishing first looks for a post that arrived late and updates it).</source>
        <translation>{0}: {1} no confirmó la nueva entrada y no había aparecido {2} s después; vuelva a publicar más tarde (al publicar se busca primero una entrada que haya llegado con retraso y se actualiza).</translation>
    </message>
</context>
<context>
    <name>CredentialsUnavailable</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="306"/>
        <source>No password for {0}: {1}</source>
        <translation>No hay contraseña para {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/session.py" line="147"/>
        <source>none is stored; type it to publish this time.</source>
        <translation>no hay ninguna guardada; escríbala para publicar esta vez.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/sites.py" line="163"/>
        <source>none is stored in the keyring; add the site again.</source>
        <translation>no hay ninguna guardada en el depósito de claves; añada el sitio de nuevo.</translation>
    </message>
</context>
<context>
    <name>ExternalChangeError</name>
    <message>
        <location filename="../../src/sr_editor/core/errors.py" line="33"/>
        <source>{0} was changed by another program since it was opened; not overwriting it.</source>
        <translation>Otro programa modificó {0} después de abrirlo; no se sobrescribe.</translation>
    </message>
</context>
<context>
    <name>HistoryVersionNotFoundError</name>
    <message>
        <location filename="../../src/sr_editor/core/storage/history.py" line="48"/>
        <source>{0}: the earlier version {1} is no longer in the local history.</source>
        <translation>{0}: la versión anterior {1} ya no está en el historial local.</translation>
    </message>
</context>
<context>
    <name>InsecureURLError</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="51"/>
        <source>{0} is not a safe address: use https:// (plain http:// is only allowed for this computer).</source>
        <translation>{0} no es una dirección segura: use https:// (http:// sin cifrar solo se permite para este ordenador).</translation>
    </message>
</context>
<context>
    <name>MissingScheme</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="61"/>
        <source>The address {0} needs https:// or http:// at the start: write it as {1}.</source>
        <translation>A la dirección {0} le falta https:// o http:// al principio: escríbala como {1}.</translation>
    </message>
</context>
<context>
    <name>NotFound</name>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/fetch.py" line="147"/>
        <source>file {0}</source>
        <translation>el archivo {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="222"/>
        <source>{0} has no {1} (it may have been deleted on the site).</source>
        <translation>{0} no tiene {1} (puede que se haya borrado en el sitio).</translation>
    </message>
</context>
<context>
    <name>NotWordPress</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="213"/>
        <source>{0} answers, but not as a WordPress site ({1} has no WordPress REST API): use the address of the site&apos;s front page, the one whose /wp-admin/ page logs you in (without /wp-admin or /wp-json at the end).</source>
        <translation>{0} responde, pero no como un sitio WordPress ({1} no tiene la API REST de WordPress): use la dirección de la portada del sitio, aquella cuya página /wp-admin/ le permite iniciar sesión (sin /wp-admin ni /wp-json al final).</translation>
    </message>
</context>
<context>
    <name>NoteNotFound</name>
    <message>
        <location filename="../../src/sr_editor/publish/review/errors.py" line="38"/>
        <source>{0} has no note {1} on this post.</source>
        <translation>{0} no tiene la nota {1} en esta entrada.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../src/sr_editor/publish/review/notes.py" line="109"/>
        <source>a user who no longer exists</source>
        <translation>un usuario que ya no existe</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/notes.py" line="117"/>
        <location filename="../../src/sr_editor/publish/review/notes.py" line="148"/>
        <source>the notes</source>
        <translation>las notas</translation>
    </message>
</context>
<context>
    <name>NotesUnavailable</name>
    <message>
        <location filename="../../src/sr_editor/publish/review/errors.py" line="22"/>
        <source>{0} keeps no notes: it has neither WordPress 6.9&apos;s Notes nor the sr-editor companion plugin; the note stays in this workspace&apos;s outbox until it has one.</source>
        <translation>{0} no guarda notas: no tiene las Notas de WordPress 6.9 ni el plugin complementario de sr-editor; la nota se queda en la bandeja de salida de este espacio de trabajo hasta que tenga uno de los dos.</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="36"/>
        <source>read this</source>
        <translation>leer esto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="36"/>
        <source>such item</source>
        <translation>ese elemento</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="37"/>
        <source>log in</source>
        <translation>iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="37"/>
        <source>such user</source>
        <translation>ese usuario</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="38"/>
        <source>create posts</source>
        <translation>crear entradas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="38"/>
        <location filename="../../src/sr_editor/publish/errors.py" line="39"/>
        <source>such post</source>
        <translation>esa entrada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="39"/>
        <source>edit this post</source>
        <translation>editar esta entrada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="40"/>
        <source>upload images</source>
        <translation>subir imágenes</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="40"/>
        <location filename="../../src/sr_editor/publish/errors.py" line="42"/>
        <source>such image</source>
        <translation>esa imagen</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="41"/>
        <source>edit this image&apos;s details</source>
        <translation>editar los datos de esta imagen</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="43"/>
        <source>create tags</source>
        <translation>crear etiquetas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="43"/>
        <source>such tag</source>
        <translation>esa etiqueta</translation>
    </message>
</context>
<context>
    <name>PermissionDenied</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="123"/>
        <source>Your account on {0} may not {1}{2}.</source>
        <translation>Su cuenta en {0} no puede {1}{2}.</translation>
    </message>
</context>
<context>
    <name>PostLock</name>
    <message>
        <location filename="../../src/sr_editor/publish/review/lock.py" line="29"/>
        <source>a user who no longer exists (#{0})</source>
        <translation>un usuario que ya no existe (n.º {0})</translation>
    </message>
</context>
<context>
    <name>PostLocked</name>
    <message>
        <location filename="../../src/sr_editor/publish/review/errors.py" line="32"/>
        <source>{0} is editing this post on {1} (since {2} UTC).</source>
        <translation>{0} está editando esta entrada en {1} (desde {2} UTC).</translation>
    </message>
</context>
<context>
    <name>PreviewPipeline</name>
    <message>
        <location filename="../../src/sr_editor/services/preview/worker.py" line="77"/>
        <source>The preview could not be rendered: {0}</source>
        <translation>No se pudo generar la vista previa: {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/services/preview/render_child.py" line="148"/>
        <location filename="../../src/sr_editor/services/preview/render_child.py" line="156"/>
        <source>The render process ended.</source>
        <translation>El proceso que genera la vista previa terminó.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/services/preview/render_child.py" line="175"/>
        <source>The preview took longer than {0:.0f} seconds to render.</source>
        <translation>La vista previa tardó más de {0:.0f} segundos en generarse.</translation>
    </message>
</context>
<context>
    <name>PublishBusy</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="271"/>
        <source>{0}: another sr-editor window or command has been publishing this article for over {1} s; try again when it has finished.</source>
        <translation>{0}: otra ventana u orden de sr-editor lleva más de {1} s publicando este artículo; inténtelo de nuevo cuando termine.</translation>
    </message>
</context>
<context>
    <name>PublishCancelled</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="265"/>
        <source>{0}: publishing was cancelled; what was done so far is recorded.</source>
        <translation>{0}: se canceló la publicación; lo hecho hasta ahora queda registrado.</translation>
    </message>
</context>
<context>
    <name>PublishJob</name>
    <message>
        <location filename="../../src/sr_editor/publish/sync/flow.py" line="120"/>
        <source>Checking the article</source>
        <translation>Comprobando el artículo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/flow.py" line="122"/>
        <source>Matching regions and countries to categories and tags</source>
        <translation>Asociando regiones y países a categorías y etiquetas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/flow.py" line="134"/>
        <source>nothing to send</source>
        <translation>nada que enviar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/flow.py" line="140"/>
        <source>Sending the post</source>
        <translation>Enviando la entrada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/flow.py" line="146"/>
        <source>Publishing needs a connection to the site (only a dry run works without).</source>
        <translation>Para publicar hace falta conexión con el sitio (sin ella solo funciona una prueba sin cambios).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/flow.py" line="178"/>
        <source>{0}: the tags {1} do not exist on {2}; nothing was sent. Check the spelling, or let publishing create them (the Publish dialog&apos;s &quot;Create new tags&quot; box, or --create-tags).</source>
        <translation>{0}: las etiquetas {1} no existen en {2}; no se envió nada. Revise la ortografía o deje que la publicación las cree (la casilla «Crear etiquetas nuevas» del diálogo Publicar, o --create-tags).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_images.py" line="35"/>
        <source>{0} (the image {1}).</source>
        <translation>{0} (la imagen {1}).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_images.py" line="88"/>
        <source>{0}: the image {1} does not exist in the article&apos;s folder.</source>
        <translation>{0}: la imagen {1} no existe en la carpeta del artículo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_images.py" line="89"/>
        <source>{0}: the image {1} is outside the article&apos;s folder.</source>
        <translation>{0}: la imagen {1} está fuera de la carpeta del artículo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_images.py" line="150"/>
        <source>Image {0} of {1}: {2}</source>
        <translation>Imagen {0} de {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_images.py" line="133"/>
        <source>{0}: cannot read the image {1} ({2}).</source>
        <translation>{0}: no se puede leer la imagen {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_post.py" line="168"/>
        <source>The site is slow: checking whether the post has arrived</source>
        <translation>El sitio va lento: comprobando si la entrada ha llegado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_writeback.py" line="72"/>
        <source>{0} kept changing while the publish wrote its post id back; publish again to record it.</source>
        <translation>{0} siguió cambiando mientras la publicación anotaba el id de la entrada; vuelva a publicar para registrarlo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_plan.py" line="23"/>
        <source>image {0}: upload</source>
        <translation>imagen {0}: subir</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_plan.py" line="23"/>
        <source>image {0}: already on the site</source>
        <translation>imagen {0}: ya está en el sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_plan.py" line="26"/>
        <source>categories: {0} (ids {1})</source>
        <translation>categorías: {0} (ids {1})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_plan.py" line="29"/>
        <source>tags to create: {0}</source>
        <translation>etiquetas que se crearán: {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_plan.py" line="32"/>
        <source>nothing to send (post {0} is already the same)</source>
        <translation>nada que enviar (la entrada {0} ya es igual)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_plan.py" line="34"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_plan.py" line="35"/>
        <source>update post {0}</source>
        <translation>actualizar la entrada {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_plan.py" line="35"/>
        <source>create a new post</source>
        <translation>crear una entrada nueva</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_plan.py" line="36"/>
        <source>post: {0}, status {1}</source>
        <translation>entrada: {0}, estado {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_plan.py" line="38"/>
        <source>forced past: {0}</source>
        <translation>forzado pese a: {0}</translation>
    </message>
</context>
<context>
    <name>PublishSession</name>
    <message>
        <location filename="../../src/sr_editor/publish/sync/session.py" line="159"/>
        <source>Paste the Application Password created in WordPress under Users ▸ Profile.</source>
        <translation>Pegue la contraseña de aplicación creada en WordPress en Usuarios ▸ Perfil.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/session.py" line="176"/>
        <source>{0} was removed, but its password could not be deleted from the keyring ({1}).</source>
        <translation>Se quitó {0}, pero no se pudo borrar su contraseña del depósito de claves ({1}).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/session.py" line="245"/>
        <source>{0} was never published to {1}; there is no site version.</source>
        <translation>{0} nunca se publicó en {1}; no hay versión del sitio.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/session.py" line="259"/>
        <source>the system keyring did not answer</source>
        <translation>el depósito de claves del sistema no respondió</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/session.py" line="261"/>
        <source>The password could not be stored in the system keyring ({0}), so it is kept in memory for this session only.</source>
        <translation>No se pudo guardar la contraseña en el depósito de claves del sistema ({0}), así que se conserva en memoria solo durante esta sesión.</translation>
    </message>
</context>
<context>
    <name>RedirectRefused</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="173"/>
        <source>{0} redirected {1} to {2}, which sr-editor does not follow, so nothing was sent there: check the site&apos;s address in the site settings.</source>
        <translation>{0} redirigió {1} a {2}, y sr-editor no sigue esa redirección, así que no se envió nada allí: revise la dirección del sitio en su configuración.</translation>
    </message>
</context>
<context>
    <name>RenderLimitError</name>
    <message>
        <location filename="../../src/sr_editor/core/render/guard.py" line="40"/>
        <source>line {0} of the article text: {1}.</source>
        <translation>línea {0} del texto del artículo: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/render/guard.py" line="96"/>
        <source>the text is nested {0} levels deep (lists or quotes); at most {1} can be shown</source>
        <translation>el texto tiene {0} niveles de anidamiento (listas o citas); se pueden mostrar como máximo {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/render/guard.py" line="316"/>
        <source>a table row has {0} columns; at most {1} can be shown</source>
        <translation>una fila de tabla tiene {0} columnas; se pueden mostrar como máximo {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/render/guard.py" line="319"/>
        <source>a table has more than {0} cells, too many to be shown; split it into several tables</source>
        <translation>una tabla tiene más de {0} celdas, demasiadas para mostrarse; divídala en varias tablas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/render/guard.py" line="326"/>
        <source>one paragraph holds more than {0} links, emphases or code spans, too many to be shown; split it into several paragraphs</source>
        <translation>un párrafo contiene más de {0} enlaces, énfasis o fragmentos de código, demasiados para mostrarse; divídalo en varios párrafos</translation>
    </message>
</context>
<context>
    <name>RequestCancelled</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="164"/>
        <source>The request to {0} was cancelled.</source>
        <translation>Se canceló la petición a {0}.</translation>
    </message>
</context>
<context>
    <name>RequestTooLarge</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="190"/>
        <source>{0} refused the request as too large (HTTP 413) when trying to {1}; ask the site&apos;s administrator to raise the request size limit.</source>
        <translation>{0} rechazó la petición por demasiado grande (HTTP 413) al intentar {1}; pida al administrador del sitio que aumente el tamaño máximo de las peticiones.</translation>
    </message>
</context>
<context>
    <name>ResponseMismatch</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="241"/>
        <source>{0} did not keep the {1} we sent; run sync-terms and publish again.</source>
        <translation>{0} no conservó {1} que enviamos; ejecute sync-terms y vuelva a publicar.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="328"/>
        <source>categories</source>
        <translation>las categorías</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="328"/>
        <source>tags</source>
        <translation>las etiquetas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="329"/>
        <source>featured image</source>
        <translation>la imagen destacada</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../src/sr_editor/publish/review/actions.py" line="39"/>
        <source>The time {0} has no time zone; add one, e.g. +01:00.</source>
        <translation>La hora {0} no tiene zona horaria; añada una, p. ej. +01:00.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/actions.py" line="53"/>
        <source>Requesting changes needs a note saying which.</source>
        <translation>Para pedir cambios hace falta una nota que diga cuáles.</translation>
    </message>
</context>
<context>
    <name>Revisions</name>
    <message>
        <location filename="../../src/sr_editor/publish/review/revisions.py" line="39"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/revisions.py" line="42"/>
        <source>a user</source>
        <translation>un usuario</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/revisions.py" line="46"/>
        <source>user #{0}</source>
        <translation>usuario n.º {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/revisions.py" line="60"/>
        <source>the post&apos;s revisions</source>
        <translation>las revisiones de la entrada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/revisions.py" line="65"/>
        <source>a revision</source>
        <translation>una revisión</translation>
    </message>
</context>
<context>
    <name>RoleCannotDoThis</name>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/roles.py" line="39"/>
        <source>an account without a role</source>
        <translation>una cuenta sin perfil</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/roles.py" line="83"/>
        <source>Your account on {0} is {1}: it may not publish. Use &quot;Submit for review&quot; (status pending) and an Editor will publish it.</source>
        <translation>Su cuenta en {0} es {1}: no puede publicar. Use «Enviar a revisión» (estado pending) y un Editor lo publicará.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/roles.py" line="88"/>
        <source>Your account on {0} is {1}: it cannot upload images, and this article has {2} image(s) the site does not have yet ({3}). Ask an Editor or Author to publish it with the images, or remove them and submit the text for review.</source>
        <translation>Su cuenta en {0} es {1}: no puede subir imágenes, y este artículo tiene {2} imagen(es) que el sitio aún no tiene ({3}). Pida a un Editor o Autor que lo publique con las imágenes, o quítelas y envíe el texto a revisión.</translation>
    </message>
</context>
<context>
    <name>RoleCannotPublish</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="129"/>
        <source>Your account on {0} may not publish posts; use &quot;submit for review&quot; (status pending) instead.</source>
        <translation>Su cuenta en {0} no puede publicar entradas; use «enviar a revisión» (estado pending) en su lugar.</translation>
    </message>
</context>
<context>
    <name>ServerError</name>
    <message>
        <location filename="../../src/sr_editor/publish/alt/sync.py" line="88"/>
        <source>the answer came from another site</source>
        <translation>la respuesta vino de otro sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/answers.py" line="47"/>
        <location filename="../../src/sr_editor/publish/wordpress/paging.py" line="206"/>
        <source>the answer was not JSON</source>
        <translation>la respuesta no era JSON</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/fetch.py" line="88"/>
        <source>the answer is larger than {0} MB</source>
        <translation>la respuesta ocupa más de {0} MB</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/fetch.py" line="149"/>
        <location filename="../../src/sr_editor/publish/wordpress/fetch.py" line="152"/>
        <source>downloading {0}</source>
        <translation>al descargar {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/site_review.py" line="95"/>
        <source>the post answer was not an object</source>
        <translation>la respuesta con la entrada no era un objeto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="149"/>
        <source>{0} had an internal problem (HTTP {1}{2}); try again later.</source>
        <translation>{0} tuvo un problema interno (HTTP {1}{2}); inténtelo más tarde.</translation>
    </message>
</context>
<context>
    <name>SiteProfileError</name>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/sites.py" line="43"/>
        <source>&quot;{0}&quot; is not a usable site name: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; (at most 64).</source>
        <translation>«{0}» no sirve como nombre de sitio: use letras, cifras, &apos;-&apos;, &apos;_&apos; o &apos;.&apos; (64 como máximo).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/sites.py" line="67"/>
        <source>{0} cannot be read ({1}); fix or delete it.</source>
        <translation>No se puede leer {0} ({1}); corríjalo o bórrelo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/sites.py" line="71"/>
        <source>{0} is not a list of sites (&quot;sites&quot;: [...]); fix or delete it.</source>
        <translation>{0} no es una lista de sitios (&quot;sites&quot;: [...]); corríjalo o bórrelo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/sites.py" line="88"/>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/sites.py" line="89"/>
        <source>No site named &quot;{0}&quot; (known: {1}); add it with `sr-editor site add`.</source>
        <translation>No hay ningún sitio llamado «{0}» (conocidos: {1}); añádalo con `sr-editor site add`.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/sites.py" line="98"/>
        <source>A site needs the WordPress username you log in with.</source>
        <translation>Un sitio necesita el nombre de usuario de WordPress con el que inicia sesión.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/sites.py" line="136"/>
        <source>Cannot save {0}: {1}.</source>
        <translation>No se puede guardar {0}: {1}.</translation>
    </message>
</context>
<context>
    <name>SiteTimeout</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="156"/>
        <source>{0} did not answer within {1} s.</source>
        <translation>{0} no respondió en {1} s.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="159"/>
        <source>{0} did not answer in time.</source>
        <translation>{0} no respondió a tiempo.</translation>
    </message>
</context>
<context>
    <name>SiteUnreachable</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="204"/>
        <source>{0} cannot be reached (offline, or a wrong address).</source>
        <translation>No se puede conectar con {0} (sin conexión, o dirección equivocada).</translation>
    </message>
</context>
<context>
    <name>SpellingUnavailableError</name>
    <message>
        <location filename="../../src/sr_editor/core/spelling/checker.py" line="39"/>
        <source>Spell checking is off for {0}: install the Debian package {1}.</source>
        <translation>La revisión ortográfica está desactivada para {0}: instale el paquete de Debian {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/spelling/checker.py" line="82"/>
        <source>libenchant-2-2 (and the Python package pyenchant)</source>
        <translation>libenchant-2-2 (y el paquete de Python pyenchant)</translation>
    </message>
</context>
<context>
    <name>StateFileBusyError</name>
    <message>
        <location filename="../../src/sr_editor/core/storage/lock.py" line="285"/>
        <source>{0} is being changed by another program that does not finish; nothing was changed, try again.</source>
        <translation>Otro programa está modificando {0} y no termina; no se ha cambiado nada, inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>SyncCancelled</name>
    <message>
        <location filename="../../src/sr_editor/publish/alt/sync.py" line="57"/>
        <source>The sync with {0} was cancelled; what was fetched so far is kept.</source>
        <translation>Se canceló la sincronización con {0}; se conserva lo descargado hasta ahora.</translation>
    </message>
</context>
<context>
    <name>TLSFailure</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="197"/>
        <source>The secure connection to {0} failed (its certificate could not be verified); nothing was sent.</source>
        <translation>Falló la conexión segura con {0} (no se pudo verificar su certificado); no se envió nada.</translation>
    </message>
</context>
<context>
    <name>UnexpectedAnswer</name>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="203"/>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="222"/>
        <location filename="../../src/sr_editor/publish/alt/describer.py" line="87"/>
        <location filename="../../src/sr_editor/publish/sync/conflict.py" line="80"/>
        <location filename="../../src/sr_editor/publish/sync/publish_writeback.py" line="77"/>
        <source>the post request</source>
        <translation>la petición de la entrada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/client.py" line="306"/>
        <source>the user request (users/me)</source>
        <translation>la petición del usuario (users/me)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/client.py" line="310"/>
        <source>a user with an id</source>
        <translation>un usuario con id</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/client.py" line="343"/>
        <source>the request to {0}</source>
        <translation>la petición para {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/answers.py" line="55"/>
        <source>an object ({0} instead)</source>
        <translation>un objeto (en su lugar, {0})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/answers.py" line="63"/>
        <source>a list ({0} instead)</source>
        <translation>una lista (en su lugar, {0})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/answers.py" line="66"/>
        <location filename="../../src/sr_editor/publish/wordpress/paging.py" line="75"/>
        <source>a list of objects</source>
        <translation>una lista de objetos</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/client.py" line="386"/>
        <source>the upload of {0}</source>
        <translation>la subida de {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/lock.py" line="71"/>
        <source>the post lock</source>
        <translation>el bloqueo de la entrada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/describer.py" line="88"/>
        <location filename="../../src/sr_editor/publish/review/lock.py" line="72"/>
        <location filename="../../src/sr_editor/publish/review/notes.py" line="107"/>
        <location filename="../../src/sr_editor/publish/wordpress/answers.py" line="109"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/answers.py" line="109"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/answers.py" line="110"/>
        <source>a string</source>
        <translation>una cadena de texto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/answers.py" line="110"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/answers.py" line="112"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/conflict.py" line="45"/>
        <source>the revisions request</source>
        <translation>la petición de revisiones</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/conflict.py" line="64"/>
        <source>the user</source>
        <translation>el usuario</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_post.py" line="175"/>
        <source>the new post</source>
        <translation>la entrada nueva</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_post.py" line="184"/>
        <source>the post search</source>
        <translation>la búsqueda de entradas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_writeback.py" line="78"/>
        <source>a post with an id</source>
        <translation>una entrada con id</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/media.py" line="109"/>
        <source>the media search</source>
        <translation>la búsqueda de medios</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/media.py" line="119"/>
        <source>a media request</source>
        <translation>una petición de medios</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/media.py" line="120"/>
        <source>a media item with an id</source>
        <translation>un elemento multimedia con id</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/media.py" line="130"/>
        <source>the media check</source>
        <translation>la comprobación de medios</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/terms.py" line="98"/>
        <source>The site</source>
        <translation>El sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/terms.py" line="99"/>
        <source>a category or tag request</source>
        <translation>una petición de categorías o etiquetas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/terms.py" line="100"/>
        <source>terms with an id</source>
        <translation>términos con id</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/terms.py" line="164"/>
        <source>the existing tag</source>
        <translation>la etiqueta existente</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/actions.py" line="29"/>
        <source>the updated post</source>
        <translation>la entrada actualizada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/actions.py" line="30"/>
        <source>a post with a status</source>
        <translation>una entrada con estado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/companion.py" line="41"/>
        <source>the companion status</source>
        <translation>el estado del plugin complementario</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/notes.py" line="106"/>
        <source>a note</source>
        <translation>una nota</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/paging.py" line="75"/>
        <source>the list</source>
        <translation>la lista</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="183"/>
        <source>{0} answered {1} with something other than {2}, so it is not usable; check that the address is the WordPress site.</source>
        <translation>{0} respondió a {1} con algo distinto de {2}, así que no se puede usar; compruebe que la dirección es la del sitio WordPress.</translation>
    </message>
</context>
<context>
    <name>UnknownItemError</name>
    <message>
        <location filename="../../src/sr_editor/core/alt/queue.py" line="34"/>
        <source>There is no image &quot;{0}&quot; in the alt-text queue.</source>
        <translation>No hay ninguna imagen «{0}» en la cola de texto alternativo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/alt/queue.py" line="281"/>
        <source>The article has no featured image any more.</source>
        <translation>El artículo ya no tiene imagen destacada.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/alt/queue.py" line="287"/>
        <source>The image is no longer in the article.</source>
        <translation>La imagen ya no está en el artículo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="147"/>
        <source>Its alt text may already pass the checks; run `sr-editor alt list`.</source>
        <translation>Puede que su texto alternativo ya pase las comprobaciones; ejecute `sr-editor alt list`.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="155"/>
        <source>Run `sr-editor alt sync --site {0}` first.</source>
        <translation>Ejecute antes `sr-editor alt sync --site {0}`.</translation>
    </message>
</context>
<context>
    <name>UnknownRegion</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="249"/>
        <source>{0}: the region &quot;{1}&quot; has no category on {2}; run sync-terms or fix the region.</source>
        <translation>{0}: la región «{1}» no tiene categoría en {2}; ejecute sync-terms o corrija la región.</translation>
    </message>
</context>
<context>
    <name>UnsafePathError</name>
    <message>
        <location filename="../../src/sr_editor/core/storage/site_names.py" line="39"/>
        <source>{0} is not inside the workspace {1}; nothing was written there.</source>
        <translation>{0} no está dentro del espacio de trabajo {1}; no se escribió nada allí.</translation>
    </message>
</context>
<context>
    <name>UnwritableMetadataError</name>
    <message>
        <location filename="../../src/sr_editor/core/errors.py" line="94"/>
        <source>The article&apos;s metadata cannot be written as YAML ({0}).</source>
        <translation>Los metadatos del artículo no se pueden escribir como YAML ({0}).</translation>
    </message>
</context>
<context>
    <name>UploadTooLarge</name>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/answers.py" line="82"/>
        <source>the image</source>
        <translation>la imagen</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="140"/>
        <source>{0} refused the image {1} ({2} MB) as too large; use a smaller image or ask the site&apos;s administrator to raise the upload limit.</source>
        <translation>{0} rechazó la imagen {1} ({2} MB) por demasiado grande; use una imagen más pequeña o pida al administrador del sitio que aumente el límite de subida.</translation>
    </message>
</context>
<context>
    <name>VocabularyError</name>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="34"/>
        <source>{0}: the region vocabulary cannot be used: {1}.</source>
        <translation>{0}: no se puede usar el vocabulario de regiones: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="106"/>
        <source>the file cannot be read ({0})</source>
        <translation>no se puede leer el archivo ({0})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="109"/>
        <source>the file is not UTF-8 text</source>
        <translation>el archivo no es texto UTF-8</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="113"/>
        <source>it is not valid YAML</source>
        <translation>no es YAML válido</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="114"/>
        <source>it is not valid YAML on line {0}</source>
        <translation>no es YAML válido en la línea {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="121"/>
        <source>it needs a top-level &apos;regions&apos; mapping of region names</source>
        <translation>necesita en el nivel superior un mapa &apos;regions&apos; con los nombres de las regiones</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="148"/>
        <source>{0} (for {1}) is not a name</source>
        <translation>{0} (para {1}) no es un nombre</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="152"/>
        <source>&apos;{0}&apos; (for {1}) is already used for {2}</source>
        <translation>&apos;{0}&apos; (para {1}) ya se usa para {2}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="161"/>
        <source>the aliases of {0} must be a list</source>
        <translation>los alias de {0} deben ser una lista</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="166"/>
        <location filename="../../src/sr_editor/core/article/regions.py" line="173"/>
        <source>region {0}</source>
        <translation>la región {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="170"/>
        <source>region &apos;{0}&apos; must be a mapping with &apos;aliases&apos; and &apos;countries&apos;</source>
        <translation>la región &apos;{0}&apos; debe ser un mapa con &apos;aliases&apos; y &apos;countries&apos;</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="172"/>
        <source>region &apos;{0}&apos;</source>
        <translation>la región &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="176"/>
        <source>the countries of region &apos;{0}&apos; must be a mapping</source>
        <translation>los países de la región &apos;{0}&apos; deben ser un mapa</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="179"/>
        <location filename="../../src/sr_editor/core/article/regions.py" line="182"/>
        <source>country {0}</source>
        <translation>el país {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="181"/>
        <source>country &apos;{0}&apos;</source>
        <translation>el país &apos;{0}&apos;</translation>
    </message>
</context>
<context>
    <name>WorkspaceLockedError</name>
    <message>
        <location filename="../../src/sr_editor/core/errors.py" line="44"/>
        <source>The workspace {0} is already open in another sr-editor ({1}).</source>
        <translation>El espacio de trabajo {0} ya está abierto en otro sr-editor ({1}).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/storage/lock.py" line="53"/>
        <source>an unknown time</source>
        <translation>un momento desconocido</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/storage/lock.py" line="54"/>
        <source>process {0} on {1}, since {2}</source>
        <translation>proceso {0} en {1}, desde {2}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/storage/lock.py" line="55"/>
        <source>an unknown computer</source>
        <translation>un ordenador desconocido</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/storage/lock.py" line="88"/>
        <source>a process that is still starting</source>
        <translation>un proceso que aún está arrancando</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/storage/lock.py" line="91"/>
        <source>another process that keeps taking the lock</source>
        <translation>otro proceso que no deja de tomar el bloqueo</translation>
    </message>
</context>
<context>
    <name>WorkspaceOperationError</name>
    <message>
        <location filename="../../src/sr_editor/core/errors.py" line="105"/>
        <source>Could not {0} {1} ({2}).</source>
        <translation>No se pudo {0} {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/storage/workspace.py" line="132"/>
        <source>list the articles in</source>
        <translation>listar los artículos de</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/storage/workspace.py" line="199"/>
        <source>create an article in</source>
        <translation>crear un artículo en</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/storage/workspace.py" line="297"/>
        <source>move to the trash</source>
        <translation>mover a la papelera</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/storage/workspace.py" line="325"/>
        <source>restore from the trash</source>
        <translation>recuperar de la papelera</translation>
    </message>
</context>
<context>
    <name>a11y</name>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y.py" line="99"/>
        <source>Line {0}: the link text &quot;{1}&quot; does not say where the link goes: use words that name the page, such as its title.</source>
        <translation>Línea {0}: el texto del enlace «{1}» no dice adónde lleva: use palabras que nombren la página, como su título.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y.py" line="103"/>
        <source>Line {0}: the link text is a web address ({1}), which screen readers spell out: use words that name the page instead.</source>
        <translation>Línea {0}: el texto del enlace es una dirección web ({1}), que los lectores de pantalla deletrean: use en su lugar palabras que nombren la página.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y.py" line="111"/>
        <source>Line {0}: the link &quot;{1}&quot; opens a new window without saying so: add &quot;(opens in a new window)&quot; to its text, or remove target=&quot;_blank&quot;.</source>
        <translation>Línea {0}: el enlace «{1}» abre una ventana nueva sin decirlo: añada «(abre en una ventana nueva)» a su texto, o quite target=&quot;_blank&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y.py" line="131"/>
        <source>Line {0}: the link text &quot;{1}&quot; is also used on line {2} for a different address: give each link words of its own.</source>
        <translation>Línea {0}: el texto de enlace «{1}» también se usa en la línea {2} para otra dirección: dé a cada enlace palabras propias.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y.py" line="219"/>
        <source>this image</source>
        <translation>esta imagen</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y.py" line="220"/>
        <source>Line {0}: the alt text of {1} repeats the sentence next to it word for word, so screen readers read it twice: describe what the image shows instead.</source>
        <translation>Línea {0}: el texto alternativo de {1} repite palabra por palabra la frase de al lado, y los lectores de pantalla la leen dos veces: describa en cambio lo que muestra la imagen.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y_structure.py" line="34"/>
        <source>Line {0}: this heading has no text, so screen readers announce an empty heading: write its words or remove the line.</source>
        <translation>Línea {0}: este encabezado no tiene texto, y los lectores de pantalla anuncian un encabezado vacío: escriba sus palabras o borre la línea.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y_structure.py" line="39"/>
        <source>Line {0}: the heading jumps from level {1} to level {2}: make it level {3} ({4}) so the outline that screen readers offer has no gap.</source>
        <translation>Línea {0}: el encabezado salta del nivel {1} al nivel {2}: póngalo en el nivel {3} ({4}) para que el esquema que ofrecen los lectores de pantalla no tenga huecos.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y_structure.py" line="73"/>
        <source>Line {0}: this paragraph is only bold text and reads like a heading, but screen readers cannot jump to it: make it a heading (## {1}) or part of a sentence.</source>
        <translation>Línea {0}: este párrafo es solo texto en negrita y parece un encabezado, pero los lectores de pantalla no pueden saltar a él: conviértalo en encabezado (## {1}) o en parte de una frase.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y_structure.py" line="101"/>
        <source>Line {0}: the text before the first heading runs {1} words (more than {2}) without a subheading: add subheadings so readers can jump through it.</source>
        <translation>Línea {0}: el texto antes del primer encabezado tiene {1} palabras (más de {2}) sin subtítulo: añada subtítulos para que se pueda recorrer a saltos.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y_structure.py" line="106"/>
        <source>Line {0}: the section &quot;{1}&quot; runs {2} words (more than {3}) without a subheading: add subheadings so readers can jump through it.</source>
        <translation>Línea {0}: la sección «{1}» tiene {2} palabras (más de {3}) sin subtítulo: añada subtítulos para que se pueda recorrer a saltos.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y_structure.py" line="133"/>
        <source>Line {0}: this table has no header row, so screen readers cannot say which column a cell belongs to: write the column names in its first row, above the |---| line.</source>
        <translation>Línea {0}: esta tabla no tiene fila de encabezado, y los lectores de pantalla no pueden decir a qué columna pertenece cada celda: escriba los nombres de las columnas en su primera fila, encima de la línea |---|.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y_structure.py" line="162"/>
        <source>Line {0}: this paragraph is mostly in capital letters, which is hard to read and which some screen readers spell out letter by letter: write it in ordinary case, with bold for emphasis.</source>
        <translation>Línea {0}: este párrafo está casi todo en mayúsculas, lo que cuesta leer y algunos lectores de pantalla deletrean letra por letra: escríbalo en minúsculas normales, con negrita para resaltar.</translation>
    </message>
</context>
<context>
    <name>alt_apply</name>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="61"/>
        <source>Image {0}: the media library&apos;s alt text was updated.</source>
        <translation>Imagen {0}: se actualizó el texto alternativo de la biblioteca de medios.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="64"/>
        <source>Image {0}: the media library&apos;s alt text was already right.</source>
        <translation>Imagen {0}: el texto alternativo de la biblioteca de medios ya era correcto.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="66"/>
        <source>Post {0} updated.</source>
        <translation>Entrada {0} actualizada.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="77"/>
        <source>post {0}</source>
        <translation>entrada {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="81"/>
        <source>“{0}” (post {1}) was not changed: {2}.</source>
        <translation>«{0}» (entrada {1}) no se modificó: {2}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="86"/>
        <source>it belongs to another author, and your account ({0}) may edit only its own posts</source>
        <translation>pertenece a otro autor, y su cuenta ({0}) solo puede editar sus propias entradas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="88"/>
        <source>it is published, and your account ({0}) may not edit published posts</source>
        <translation>está publicada, y su cuenta ({0}) no puede editar entradas publicadas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="97"/>
        <source>image {0}</source>
        <translation>la imagen {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="99"/>
        <source>change {0}</source>
        <translation>cambiar {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="99"/>
        <source>another author uploaded it, and your account ({0}) may edit only its own images</source>
        <translation>la subió otro autor, y su cuenta ({0}) solo puede editar sus propias imágenes</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="107"/>
        <source>change image {0}</source>
        <translation>cambiar la imagen {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="229"/>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="276"/>
        <source>the site refused it ({0})</source>
        <translation>el sitio lo rechazó ({0})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="253"/>
        <source>Post {0} was not changed: it kept being edited on the site while we tried ({1} times); sync again later.</source>
        <translation>La entrada {0} no se modificó: se siguió editando en el sitio mientras lo intentábamos ({1} veces); sincronice de nuevo más tarde.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="291"/>
        <location filename="../../src/sr_editor/publish/alt/describer.py" line="61"/>
        <source>image {0} (it was deleted from the site)</source>
        <translation>la imagen {0} (se borró del sitio)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="305"/>
        <location filename="../../src/sr_editor/publish/alt/describer.py" line="73"/>
        <source>“{0}” (post {1}) shows it as featured image, which takes the media library&apos;s alt.</source>
        <translation>«{0}» (entrada {1}) la muestra como imagen destacada, que toma el texto alternativo de la biblioteca de medios.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/describer.py" line="102"/>
        <source>Post {0} was not changed: the site refused it ({1}).</source>
        <translation>La entrada {0} no se cambió: el sitio lo rechazó ({1}).</translation>
    </message>
</context>
<context>
    <name>alt_engine</name>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="169"/>
        <source>Type a description, or mark the image decorative.</source>
        <translation>Escriba una descripción o marque la imagen como decorativa.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="173"/>
        <source>{0}: alt text saved in the article.</source>
        <translation>{0}: texto alternativo guardado en el artículo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="178"/>
        <source>describe {0}</source>
        <translation>describir {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="184"/>
        <source>{0}: kept; it will be sent on the next sync.</source>
        <translation>{0}: guardado; se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="196"/>
        <source>{0}: kept; it will be sent on the next sync ({1})</source>
        <translation>{0}: guardado; se enviará en la próxima sincronización ({1})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="202"/>
        <source>this copy cannot reach sites.</source>
        <translation>esta copia no puede conectarse con sitios.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="214"/>
        <source>No copy of {0}&apos;s queue; sync it first.</source>
        <translation>No hay copia de la cola de {0}; sincronícela primero.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="257"/>
        <source>Local article {0} updated too.</source>
        <translation>También se actualizó el artículo local {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="260"/>
        <source>Local article {0} was not updated: {1}</source>
        <translation>El artículo local {0} no se actualizó: {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="350"/>
        <source>Another author uploaded this image; your account ({0}) may describe only its own.</source>
        <translation>Esta imagen la subió otro autor; su cuenta ({0}) solo puede describir las suyas.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="364"/>
        <source>another author&apos;s post: your account may not change it</source>
        <translation>entrada de otro autor: su cuenta no puede modificarla</translation>
    </message>
</context>
<context>
    <name>alt_state</name>
    <message>
        <location filename="../../src/sr_editor/core/alt/state.py" line="111"/>
        <source>no role</source>
        <translation>sin perfil</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/alt/state.py" line="117"/>
        <source>Your account on {0} ({1}) may describe every image through the companion plugin&apos;s Image describer rights, and change nothing else.</source>
        <translation>Tu cuenta en {0} ({1}) puede describir todas las imágenes con los permisos de Descriptor de imágenes del plugin complementario, y no cambiar nada más.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/alt/state.py" line="120"/>
        <source>Your account on {0} ({1}) may describe every image and update every post.</source>
        <translation>Su cuenta en {0} ({1}) puede describir todas las imágenes y actualizar todas las entradas.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/alt/state.py" line="123"/>
        <source>Your account on {0} ({1}) may describe every image and update every post (not published ones).</source>
        <translation>Su cuenta en {0} ({1}) puede describir todas las imágenes y actualizar todas las entradas (no las publicadas).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/alt/state.py" line="126"/>
        <source>Your account on {0} ({1}) may describe only the images it uploaded and update only its own posts; the others are shown but not offered.</source>
        <translation>Su cuenta en {0} ({1}) solo puede describir las imágenes que subió y actualizar sus propias entradas; las demás se muestran, pero no se ofrecen.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/alt/state.py" line="129"/>
        <source>Your account on {0} ({1}) may not change images or posts.</source>
        <translation>Su cuenta en {0} ({1}) no puede modificar imágenes ni entradas.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/alt/state.py" line="250"/>
        <source>the site&apos;s queue cannot be saved ({0})</source>
        <translation>no se puede guardar la cola del sitio ({0})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/alt/state.py" line="315"/>
        <source>the descriptions waiting to be sent cannot be read; it is left as it is so nothing is lost ({0})</source>
        <translation>no se pueden leer las descripciones pendientes de envío; el archivo se deja como está para no perder nada ({0})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/alt/state.py" line="321"/>
        <source>the descriptions waiting to be sent are not in the expected form; it is left as it is so nothing is lost</source>
        <translation>las descripciones pendientes de envío no tienen la forma esperada; el archivo se deja como está para no perder nada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/alt/state.py" line="346"/>
        <source>the description cannot be kept ({0})</source>
        <translation>no se puede guardar la descripción ({0})</translation>
    </message>
</context>
<context>
    <name>alt_sync</name>
    <message>
        <location filename="../../src/sr_editor/publish/alt/sync.py" line="94"/>
        <source>{0}: {1} of {2}</source>
        <translation>{0}: {1} de {2}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/sync.py" line="264"/>
        <source>Image details from the media library</source>
        <translation>Datos de imágenes de la biblioteca de medios</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/sync.py" line="285"/>
        <source>Posts read to find where images are used</source>
        <translation>Entradas leídas para saber dónde se usan las imágenes</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/sync.py" line="346"/>
        <source>Thumbnails to see offline: {0} of {1}</source>
        <translation>Miniaturas para ver sin conexión: {0} de {1}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="20"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="21"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="23"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="24"/>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos obligatorios: %s</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="25"/>
        <source>one of the arguments %s is required</source>
        <translation>se necesita uno de los argumentos %s</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="26"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="27"/>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="28"/>
        <source>ignored explicit argument %r</source>
        <translation>se ha ignorado el argumento explícito %r</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="29"/>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="30"/>
        <source>expected at most one argument</source>
        <translation>se esperaba como mucho un argumento</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="31"/>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="32"/>
        <source>expected %s argument</source>
        <translation>se esperaba %s argumento</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="33"/>
        <source>expected %s arguments</source>
        <translation>se esperaban %s argumentos</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="34"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="36"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>orden desconocida %(parser_name)r (opciones: %(choices)s)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="300"/>
        <source>--allow-missing-alt needs a reason, e.g. &quot;pulled from the site&quot;.</source>
        <translation>--allow-missing-alt necesita un motivo, p. ej. &quot;traída del sitio&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="77"/>
        <source>publish although images lack alt text (e.g. a pulled post), recording REASON in the article</source>
        <translation>publicar aunque haya imágenes sin texto alternativo (p. ej. una entrada traída del sitio), anotando MOTIVO en el artículo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="26"/>
        <source>the alt-text queue: images that need a description</source>
        <translation>la cola de texto alternativo: imágenes que necesitan descripción</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="30"/>
        <source>images whose alt text is missing or fails a check</source>
        <translation>imágenes sin texto alternativo o que no pasan una comprobación</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="32"/>
        <source>only this site&apos;s queue (repeatable)</source>
        <translation>solo la cola de este sitio (se puede repetir)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="34"/>
        <source>only the workspace&apos;s articles</source>
        <translation>solo los artículos del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="35"/>
        <location filename="../../src/sr_editor/cli/main.py" line="91"/>
        <location filename="../../src/sr_editor/cli/main.py" line="96"/>
        <location filename="../../src/sr_editor/cli/main.py" line="107"/>
        <location filename="../../src/sr_editor/cli/pull.py" line="35"/>
        <location filename="../../src/sr_editor/cli/review.py" line="41"/>
        <source>machine-readable output</source>
        <translation>salida para programas (JSON)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="38"/>
        <source>describe one image (ID from `alt list`)</source>
        <translation>describir una imagen (ID de `alt list`)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="41"/>
        <source>the image carries no information (alt=&quot;&quot;)</source>
        <translation>la imagen no aporta información (alt=&quot;&quot;)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="43"/>
        <source>only queue it; send on the next `alt sync`</source>
        <translation>solo ponerla en la cola; se envía en el próximo `alt sync`</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="47"/>
        <source>send queued descriptions, fetch the site&apos;s queue</source>
        <translation>enviar las descripciones en cola y descargar la cola del sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="50"/>
        <source>do not keep copies of the images for offline</source>
        <translation>no guardar copias de las imágenes para trabajar sin conexión</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="69"/>
        <source>{0} is not a workspace folder.</source>
        <translation>{0} no es una carpeta de espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="85"/>
        <source>(decorative)</source>
        <translation>(decorativa)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="85"/>
        <source>(no alt)</source>
        <translation>(sin alt)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="87"/>
        <source>not used in any post</source>
        <translation>no se usa en ninguna entrada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="89"/>
        <source>cannot fix</source>
        <translation>no se puede corregir</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="112"/>
        <source>sr-editor: no copy of {0}&apos;s queue yet; run `sr-editor alt sync --site {0}`.</source>
        <translation>sr-editor: aún no hay copia de la cola de {0}; ejecute `sr-editor alt sync --site {0}`.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="120"/>
        <source>{0} image(s) need a description.</source>
        <translation>{0} imagen(es) necesitan descripción.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="126"/>
        <source>sr-editor: give either a description TEXT or --decorative.</source>
        <translation>sr-editor: indique una descripción TEXT o --decorative.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="155"/>
        <source>sr-editor: saved, but check it: {0}</source>
        <translation>sr-editor: guardado, pero revíselo: {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="169"/>
        <source>Descriptions not yet sent stay queued for the next sync.</source>
        <translation>Las descripciones aún no enviadas siguen en cola para la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="173"/>
        <source>sent {0}: {1}</source>
        <translation>enviado {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="175"/>
        <source>not sent {0}: {1}</source>
        <translation>no enviado {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="180"/>
        <source>{0}: {1} image(s) and {2} post(s) fetched, {3} description(s) sent; {4} image(s) in the queue.</source>
        <translation>{0}: {1} imagen(es) y {2} entrada(s) descargadas, {3} descripción(es) enviadas; {4} imagen(es) en la cola.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/common.py" line="41"/>
        <source>{0} is a file, not a workspace folder.</source>
        <translation>{0} es un archivo, no una carpeta de espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/common.py" line="43"/>
        <source>There is no workspace at {0}; check the folder&apos;s name, or create one by opening the window (sr-editor) or with `sr-editor new TITLE`.</source>
        <translation>No hay ningún espacio de trabajo en {0}; compruebe el nombre de la carpeta, o cree uno abriendo la ventana (sr-editor) o con `sr-editor new TITLE`.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/common.py" line="58"/>
        <source>Cannot create the workspace {0}: {1}.</source>
        <translation>No se puede crear el espacio de trabajo {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="32"/>
        <source>exit codes:
  0  success
  1  checks found errors, or the operation failed
  2  wrong usage
  3  a file or workspace problem (not found, broken article, cannot write)

Without a command, the desktop window opens. The workspace is --workspace, else $SR_EDITOR_WORKSPACE, else
~/Documents/sr-editor. Only the window (with sample articles) and `new` create a workspace that does not exist yet;
the other commands refuse it.
</source>
        <translation>códigos de salida:
  0  éxito
  1  las comprobaciones encontraron errores, o la operación falló
  2  uso incorrecto
  3  un problema de archivo o de espacio de trabajo (no encontrado, artículo dañado, no se puede escribir)

Sin orden, se abre la ventana de escritorio. El espacio de trabajo es --workspace, si no $SR_EDITOR_WORKSPACE, si no
~/Documents/sr-editor. Solo la ventana (con artículos de ejemplo) y `new` crean un espacio de trabajo que aún no existe;
las demás órdenes lo rechazan.
</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="48"/>
        <source>the workspace folder (default: $SR_EDITOR_WORKSPACE or ~/Documents/sr-editor)</source>
        <translation>la carpeta del espacio de trabajo (por defecto: $SR_EDITOR_WORKSPACE o ~/Documents/sr-editor)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="69"/>
        <source>Write articles offline in Markdown and publish them to WordPress.</source>
        <translation>Escriba artículos sin conexión en Markdown y publíquelos en WordPress.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="74"/>
        <location filename="../../src/sr_editor/cli/parser.py" line="38"/>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar el número de versión del programa y salir</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="75"/>
        <source>add sr-editor to your desktop&apos;s application menu (files under ~/.local/share) and exit</source>
        <translation>añadir sr-editor al menú de aplicaciones del escritorio (archivos en ~/.local/share) y salir</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="79"/>
        <source>create an article; prints its folder</source>
        <translation>crear un artículo; muestra su carpeta</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="82"/>
        <source>a region (repeatable)</source>
        <translation>una región (se puede repetir)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="84"/>
        <source>a country tag (repeatable)</source>
        <translation>una etiqueta de país (se puede repetir)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="87"/>
        <source>list the workspace&apos;s articles</source>
        <translation>listar los artículos del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="88"/>
        <source>old words review/ready/published mean pending/pending/publish</source>
        <translation>las palabras antiguas review/ready/published equivalen a pending/pending/publish</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="94"/>
        <source>run the checks; exit 1 when any error</source>
        <translation>ejecutar las comprobaciones; sale con 1 si hay algún error</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="95"/>
        <source>articles (default: all)</source>
        <translation>artículos (por defecto: todos)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="100"/>
        <source>print the body HTML as it would be published</source>
        <translation>mostrar el HTML del cuerpo tal como se publicaría</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="104"/>
        <source>print the article as a screen reader announces it, then its headings and links</source>
        <translation>muestra el artículo como lo anuncia un lector de pantalla, y luego sus encabezados y enlaces</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="164"/>
        <source>Unknown region &apos;{0}&apos;; known regions: {1}.</source>
        <translation>Región desconocida &apos;{0}&apos;; regiones conocidas: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="183"/>
        <source>BROKEN</source>
        <translation>DAÑADO</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="185"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="188"/>
        <source>No articles.</source>
        <translation>No hay artículos.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="221"/>
        <source>{0} article(s) checked: {1} error(s), {2} warning(s).</source>
        <translation>{0} artículo(s) comprobado(s): {1} error(es), {2} aviso(s).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="228"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="228"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="268"/>
        <source>sr-editor: the window needs a graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set); the commands (new, list, check, render, publish…) work without one: see sr-editor --help.</source>
        <translation>sr-editor: la ventana necesita una sesión gráfica (no está definido DISPLAY ni WAYLAND_DISPLAY); las órdenes (new, list, check, render, publish…) funcionan sin ella: vea sr-editor --help.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="326"/>
        <source>{0} is neither a command nor an existing file</source>
        <translation>{0} no es una orden ni un archivo existente</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="329"/>
        <source> (did you mean {0}?)</source>
        <translation> (¿quiso decir {0}?)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="329"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="388"/>
        <source>sr-editor: interrupted.</source>
        <translation>sr-editor: interrumpido.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="45"/>
        <source>manage WordPress site profiles</source>
        <translation>gestionar los perfiles de sitios WordPress</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="47"/>
        <source>add a site; the Application Password is read from stdin</source>
        <translation>añadir un sitio; la contraseña de aplicación se lee de la entrada estándar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="51"/>
        <source>your WordPress username (not the password&apos;s name)</source>
        <translation>su nombre de usuario de WordPress (no el nombre de la contraseña)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="54"/>
        <source>list site profiles</source>
        <translation>listar los perfiles de sitios</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="56"/>
        <source>forget a site and its password</source>
        <translation>olvidar un sitio y su contraseña</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="59"/>
        <source>diagnose the connection to a site</source>
        <translation>diagnosticar la conexión con un sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="63"/>
        <source>cache the site&apos;s categories and tags</source>
        <translation>guardar en caché las categorías y etiquetas del sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="68"/>
        <source>check, upload images, create or update the post</source>
        <translation>comprobar, subir las imágenes, crear o actualizar la entrada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="73"/>
        <source>publication date, e.g. 2026-12-01T09:00+01:00</source>
        <translation>fecha de publicación, p. ej. 2026-12-01T09:00+01:00</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="74"/>
        <source>print the plan, change nothing</source>
        <translation>mostrar el plan, sin cambiar nada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="75"/>
        <source>publish despite check errors or a site-side change</source>
        <translation>publicar pese a errores de comprobación o a un cambio en el sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="79"/>
        <source>create the country tags the site does not have yet (without it, publishing stops and names them)</source>
        <translation>crear las etiquetas de país que el sitio aún no tiene (sin esto, la publicación se detiene y las nombra)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="100"/>
        <source>Application Password: </source>
        <translation>Contraseña de aplicación: </translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="122"/>
        <source>no role</source>
        <translation>sin perfil</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="150"/>
        <source>No password given (paste the Application Password on stdin).</source>
        <translation>No se dio ninguna contraseña (pegue la contraseña de aplicación en la entrada estándar).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="158"/>
        <source>The password could not be stored: {0}.</source>
        <translation>No se pudo guardar la contraseña: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="161"/>
        <source>The site was not added; check the address, or try again later.</source>
        <translation>El sitio no se ha añadido; compruebe la dirección, o inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="164"/>
        <source>Added {0}: logged in as {1} ({2}).</source>
        <translation>Se añadió {0}: sesión iniciada como {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="178"/>
        <source>No sites yet; add one with `sr-editor site add NAME --url URL --user USER`.</source>
        <translation>Aún no hay sitios; añada uno con `sr-editor site add NAME --url URL --user USER`.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="189"/>
        <source>The site was removed but its password could not be deleted from the keyring: {0}.</source>
        <translation>Se quitó el sitio, pero no se pudo borrar su contraseña del depósito de claves: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="193"/>
        <source>Removed {0} and its stored password.</source>
        <translation>Se quitó {0} y su contraseña guardada.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="200"/>
        <source>none is stored in the keyring; run `sr-editor site add` again.</source>
        <translation>no hay ninguna guardada en el depósito de claves; ejecute de nuevo `sr-editor site add`.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="209"/>
        <source>Application Password for {0} on {1}: </source>
        <translation>Contraseña de aplicación de {0} en {1}: </translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="257"/>
        <source>The categories and tags cached before are kept; try again later.</source>
        <translation>Se conservan las categorías y etiquetas guardadas antes; inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="259"/>
        <source>{0}: {1} categories and {2} tags cached.</source>
        <translation>{0}: {1} categorías y {2} etiquetas en caché.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="284"/>
        <source>&quot;{0}&quot; is not a date; use ISO form like 2026-12-01T09:00+01:00.</source>
        <translation>«{0}» no es una fecha; use el formato ISO, como 2026-12-01T09:00+01:00.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="306"/>
        <source>--status future needs --date.</source>
        <translation>--status future necesita --date.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="313"/>
        <source>No term cache for {0}; run `sr-editor sync-terms --site {0}`.</source>
        <translation>No hay caché de términos para {0}; ejecute `sr-editor sync-terms --site {0}`.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="336"/>
        <source>{0}: plan</source>
        <translation>{0}: plan</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="340"/>
        <source>{0}: nothing to send (post {1} is already the same)</source>
        <translation>{0}: nada que enviar (la entrada {1} ya es igual)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="343"/>
        <source>{0}: created post {1} ({2}) {3}</source>
        <translation>{0}: creada la entrada {1} ({2}) {3}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="343"/>
        <source>{0}: updated post {1} ({2}) {3}</source>
        <translation>{0}: actualizada la entrada {1} ({2}) {3}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="347"/>
        <source>  preview: {0}</source>
        <translation>  vista previa: {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/pull.py" line="25"/>
        <source>bring posts of a site into the workspace</source>
        <translation>traer entradas de un sitio al espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/pull.py" line="27"/>
        <source>post ids (default: every post selected)</source>
        <translation>ids de entradas (por defecto: todas las seleccionadas)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/pull.py" line="31"/>
        <source>post status to pull (repeatable; default any)</source>
        <translation>estado de las entradas que traer (se puede repetir; por defecto, cualquiera)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/pull.py" line="32"/>
        <source>only this writer&apos;s posts</source>
        <translation>solo las entradas de este redactor</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/pull.py" line="33"/>
        <source>only posts in this region (category)</source>
        <translation>solo las entradas de esta región (categoría)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/pull.py" line="34"/>
        <source>only posts changed after this date (ISO)</source>
        <translation>solo las entradas modificadas después de esta fecha (ISO)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/pull.py" line="45"/>
        <source>&quot;{0}&quot; is not a date; use ISO form like 2026-12-01 or 2026-12-01T09:00Z.</source>
        <translation>«{0}» no es una fecha; use el formato ISO, como 2026-12-01 o 2026-12-01T09:00Z.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/pull.py" line="70"/>
        <source>Nothing more was pulled; try again later.</source>
        <translation>No se ha traído nada más; inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/pull.py" line="83"/>
        <source>{0} post(s) pulled from {1}, {2} image(s) downloaded.</source>
        <translation>{0} entrada(s) traída(s) de {1}, {2} imagen(es) descargada(s).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="65"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="76"/>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="77"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="79"/>
        <source>show this help message and exit</source>
        <translation>mostrar este mensaje de ayuda y salir</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="94"/>
        <source>{0}: error: {1}
</source>
        <translation>{0}: error: {1}
</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="19"/>
        <source>approve a post or send it back to its writer with a note</source>
        <translation>aprobar una entrada o devolverla a su autor con una nota</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="24"/>
        <source>publish the post (now or --at)</source>
        <translation>publicar la entrada (ahora o --at)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="25"/>
        <source>send the post back to draft with this note</source>
        <translation>devolver la entrada a borrador con esta nota</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="27"/>
        <source>with --approve: schedule (ISO, with zone)</source>
        <translation>con --approve: programar (ISO, con zona)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="28"/>
        <source>with --request-changes: the passage the note is about</source>
        <translation>con --request-changes: el pasaje al que se refiere la nota</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="32"/>
        <source>the notes between editor and writer on a post</source>
        <translation>las notas entre editor y autor en una entrada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="34"/>
        <source>the post&apos;s notes, threaded</source>
        <translation>las notas de la entrada, en hilos</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="35"/>
        <source>add a note or a reply</source>
        <translation>añadir una nota o una respuesta</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="36"/>
        <source>mark a note resolved</source>
        <translation>marcar una nota como resuelta</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="37"/>
        <source>reopen a resolved note</source>
        <translation>reabrir una nota resuelta</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="43"/>
        <source>the passage the note is about</source>
        <translation>el pasaje al que se refiere la nota</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="44"/>
        <source>the note answered</source>
        <translation>la nota a la que se responde</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="67"/>
        <source>{0} is not linked to a post on {1}; publish or pull it first.</source>
        <translation>{0} no está vinculado a una entrada en {1}; publíquelo o tráigalo primero.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="88"/>
        <source>sr-editor: a note was not accepted and is kept in the outbox: {0} ({1})</source>
        <translation>sr-editor: una nota no fue aceptada y se guarda en la bandeja de salida: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="112"/>
        <source>{0}: post {1} scheduled for {2} UTC</source>
        <translation>{0}: entrada {1} programada para el {2} UTC</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="115"/>
        <source>{0}: post {1} approved and published</source>
        <translation>{0}: entrada {1} aprobada y publicada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="117"/>
        <source> (the note waits in the outbox)</source>
        <translation> (la nota espera en la bandeja de salida)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="118"/>
        <source>{0}: post {1} sent back to its writer as a draft{2}</source>
        <translation>{0}: entrada {1} devuelta a su autor como borrador{2}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="147"/>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="147"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="151"/>
        <source>line {0}</source>
        <translation>línea {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="151"/>
        <source>the passage is gone</source>
        <translation>el pasaje ya no está</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="157"/>
        <source>No notes.</source>
        <translation>No hay notas.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="177"/>
        <source>note #{0} sent</source>
        <translation>nota n.º {0} enviada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="179"/>
        <source>the site did not answer; the note waits in the outbox and is sent next time</source>
        <translation>el sitio no respondió; la nota espera en la bandeja de salida y se envía la próxima vez</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="187"/>
        <source>sr-editor: a note needs some text.</source>
        <translation>sr-editor: una nota necesita algo de texto.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/desktop_entry.py" line="59"/>
        <source>the desktop entry {0}.desktop is not part of this copy of sr-editor</source>
        <translation>la entrada de escritorio {0}.desktop no forma parte de esta copia de sr-editor</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/desktop_entry.py" line="94"/>
        <source>Installed the desktop entry {0} (it starts {1}), its AppStream metainfo and {2} icons under {3}; sr-editor now shows in the desktop&apos;s application menu (log out and back in if it does not yet).</source>
        <translation>Se ha instalado la entrada de escritorio {0} (inicia {1}), sus metadatos AppStream y {2} iconos en {3}; sr-editor aparece ahora en el menú de aplicaciones del escritorio (cierre la sesión y vuelva a entrar si aún no aparece).</translation>
    </message>
</context>
<context>
    <name>client</name>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/fetch.py" line="105"/>
        <source>{0} is not on {1}; only the site&apos;s own files are fetched.</source>
        <translation>{0} no está en {1}; solo se descargan los archivos del propio sitio.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/fetch.py" line="118"/>
        <source>{0} is larger than {1} MB; it was not downloaded.</source>
        <translation>{0} ocupa más de {1} MB; no se ha descargado.</translation>
    </message>
</context>
<context>
    <name>companion</name>
    <message>
        <location filename="../../src/sr_editor/publish/review/companion.py" line="62"/>
        <source>The companion plugin did not answer: {0}</source>
        <translation>El plugin complementario no respondió: {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/companion.py" line="64"/>
        <source>The sr-editor companion plugin is not active: everything works without it except showing who is editing a post, notes before WordPress 6.9 and the Image describer role.</source>
        <translation>El plugin complementario de sr-editor no está activo: todo funciona sin él excepto mostrar quién está editando una entrada, las notas antes de WordPress 6.9 y el rol Descriptor de imágenes.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/companion.py" line="67"/>
        <source>The sr-editor companion plugin {0} is active.</source>
        <translation>El plugin complementario de sr-editor {0} está activo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/companion.py" line="70"/>
        <source>This version of the companion plugin is too old; install version {0} or later.</source>
        <translation>Esta versión del plugin complementario es demasiado antigua; instala la versión {0} o posterior.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/companion.py" line="72"/>
        <source>This account can describe images (alt text) in every post.</source>
        <translation>Esta cuenta puede describir imágenes (texto alternativo) en todas las entradas.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/companion.py" line="74"/>
        <source>This account cannot describe images in other people&apos;s posts (no Image describer role).</source>
        <translation>Esta cuenta no puede describir imágenes en entradas de otras personas (no tiene el rol Descriptor de imágenes).</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <location filename="../../src/sr_editor/core/review/compare.py" line="65"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/review/compare.py" line="66"/>
        <source>decorative</source>
        <translation>decorativa</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/review/compare.py" line="66"/>
        <source>(no alt text)</source>
        <translation>(sin texto alternativo)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/review/compare.py" line="68"/>
        <source>{0} — alt: {1} — caption: {2} — credit: {3}</source>
        <translation>{0} — alt: {1} — pie de foto: {2} — crédito: {3}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/review/compare.py" line="86"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/review/compare.py" line="86"/>
        <source>Teaser</source>
        <translation>Entradilla</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/review/compare.py" line="87"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/review/compare.py" line="87"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/review/compare.py" line="88"/>
        <source>Featured image</source>
        <translation>Imagen destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/review/compare.py" line="88"/>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/review/compare.py" line="95"/>
        <source>[-…-] only in yours, {+…+} only on the site:</source>
        <translation>[-…-] solo en la suya, {+…+} solo en el sitio:</translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/credentials.py" line="24"/>
        <source>No secure system keyring (a Secret Service) is running, so the password cannot be kept. {0} Until one runs, add the site in the window, which asks for the password in each session; the commands ask for it each time they run in a terminal.</source>
        <translation>No hay ningún depósito de claves seguro del sistema (un Secret Service) en marcha, así que la contraseña no se puede guardar. {0} Hasta que haya uno, añada el sitio en la ventana, que pide la contraseña en cada sesión; las órdenes la piden cada vez que se ejecutan en una terminal.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/credentials.py" line="35"/>
        <source>or use KeePassXC with its Secret Service integration turned on (Tools, Settings, Secret Service Integration).</source>
        <translation>o use KeePassXC con su integración de Secret Service activada (Herramientas, Ajustes, Integración con Secret Service).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/credentials.py" line="38"/>
        <source>On KDE Plasma, turn on KWallet (System Settings, KDE Wallet: enable the wallet subsystem; install kwalletmanager if it is missing),</source>
        <translation>En KDE Plasma, active KWallet (Preferencias del sistema, Cartera de KDE: habilite el subsistema de carteras; instale kwalletmanager si falta),</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/credentials.py" line="41"/>
        <source>On this desktop ({0}), install GNOME Keyring (sudo apt install gnome-keyring), then log out and back in so that it starts,</source>
        <translation>En este escritorio ({0}), instale GNOME Keyring (sudo apt install gnome-keyring) y cierre la sesión y vuelva a entrar para que se inicie,</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/credentials.py" line="45"/>
        <source>Outside a desktop session (a terminal over ssh), install GNOME Keyring (sudo apt install gnome-keyring) and start it with dbus-run-session and gnome-keyring-daemon --unlock --components=secrets,</source>
        <translation>Fuera de una sesión de escritorio (una terminal por ssh), instale GNOME Keyring (sudo apt install gnome-keyring) e inícielo con dbus-run-session y gnome-keyring-daemon --unlock --components=secrets,</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/credentials.py" line="122"/>
        <source>the system keyring did not answer within {0} s (is it locked?)</source>
        <translation>el depósito de claves del sistema no respondió en {0} s (¿está bloqueado?)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/credentials.py" line="126"/>
        <source>the system keyring refused: {0}</source>
        <translation>el depósito de claves del sistema se negó: {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/credentials.py" line="161"/>
        <source>No secure system keyring (a Secret Service) is running, so the password is kept in memory for this session only: sr-editor asks for it again in each session until one runs. {0}</source>
        <translation>No hay ningún depósito de claves seguro del sistema (un Secret Service) en marcha, así que la contraseña se guarda en memoria solo para esta sesión: sr-editor la pedirá de nuevo en cada sesión hasta que haya uno. {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/credentials.py" line="166"/>
        <source>The keyring backend {0} is not secure (it may store passwords in a plain file), so the password is kept in memory for this session only.</source>
        <translation>El sistema de claves {0} no es seguro (puede guardar las contraseñas en un archivo sin cifrar), así que la contraseña se conserva en memoria solo durante esta sesión.</translation>
    </message>
</context>
<context>
    <name>doctor</name>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="25"/>
        <source>can publish posts</source>
        <translation>puede publicar entradas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="26"/>
        <source>can submit posts for review; an editor publishes them</source>
        <translation>puede enviar entradas a revisión; un editor las publica</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="27"/>
        <source>can upload images</source>
        <translation>puede subir imágenes</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="28"/>
        <source>cannot upload images</source>
        <translation>no puede subir imágenes</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="29"/>
        <source>can edit other people&apos;s posts</source>
        <translation>puede editar entradas de otras personas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="30"/>
        <source>cannot edit other people&apos;s posts</source>
        <translation>no puede editar entradas de otras personas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="31"/>
        <source>can post any HTML</source>
        <translation>puede publicar cualquier HTML</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="32"/>
        <source>cannot post any HTML</source>
        <translation>no puede publicar cualquier HTML</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="59"/>
        <source>?rest_route= (no pretty permalinks)</source>
        <translation>?rest_route= (sin enlaces permanentes amigables)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="61"/>
        <source>The REST API answers at {0}: &quot;{1}&quot;.</source>
        <translation>La API REST responde en {0}: «{1}».</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="76"/>
        <source>WordPress did not log you in as &quot;{0}&quot;: the username or Application Password is wrong (use your WordPress login name, not the name you gave the password), or the server drops the Authorization header (ask the administrator if the password is surely right).</source>
        <translation>WordPress no inició su sesión como «{0}»: el nombre de usuario o la contraseña de aplicación son incorrectos (use su nombre de acceso de WordPress, no el nombre que le dio a la contraseña), o el servidor descarta la cabecera Authorization (consulte al administrador si está seguro de que la contraseña es correcta).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="81"/>
        <source>WordPress knows no user &quot;{0}&quot;: use your WordPress login name, not the name you gave the Application Password.</source>
        <translation>WordPress no conoce a ningún usuario «{0}»: use su nombre de acceso de WordPress, no el nombre que le dio a la contraseña de aplicación.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="85"/>
        <source>The username is right but the Application Password is wrong (or was revoked); create a new one.</source>
        <translation>El nombre de usuario es correcto, pero la contraseña de aplicación no (o fue revocada); cree una nueva.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="98"/>
        <source>No password for {0} is stored on this computer, so the login was not tested; type the Application Password to test it.</source>
        <translation>No hay ninguna contraseña de {0} guardada en este equipo, así que no se ha probado el inicio de sesión; escriba la contraseña de aplicación para probarlo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="109"/>
        <source>Logged in as {0}; the Authorization header reaches WordPress.</source>
        <translation>Sesión iniciada como {0}; la cabecera Authorization llega a WordPress.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="116"/>
        <source>Role: {0}.</source>
        <translation>Perfil: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="117"/>
        <source>no role</source>
        <translation>sin perfil</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="121"/>
        <source>Upload size limit: not published by the REST API; large photos are downscaled before upload.</source>
        <translation>Límite de tamaño de subida: la API REST no lo indica; las fotos grandes se reducen antes de subirlas.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="150"/>
        <source>WordPress version: not shown by the site; posts use block markup that every WordPress version&apos;s editor accepts.</source>
        <translation>Versión de WordPress: el sitio no la muestra; las entradas usan un marcado de bloques que acepta el editor de cualquier versión de WordPress.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="153"/>
        <source>WordPress {0}: posts use the block markup of WordPress {1} and later.</source>
        <translation>WordPress {0}: las entradas usan el marcado de bloques de WordPress {1} y posteriores.</translation>
    </message>
</context>
<context>
    <name>frontmatter</name>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="48"/>
        <source>a mapping tag on a single value</source>
        <translation>una etiqueta de mapa sobre un valor simple</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="57"/>
        <source>the key &apos;{0}&apos; appears twice (first on line {1})</source>
        <translation>la clave &apos;{0}&apos; aparece dos veces (la primera en la línea {1})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="96"/>
        <source>the file contains binary data (a NUL byte), not text</source>
        <translation>el archivo contiene datos binarios (un byte NUL), no texto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="102"/>
        <source>the file is not valid UTF-8 text (byte 0x{0} at offset {1})</source>
        <translation>el archivo no es texto UTF-8 válido (byte 0x{0} en la posición {1})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="108"/>
        <source>the file is {0} MB; articles over {1} MB are not opened</source>
        <translation>el archivo ocupa {0} MB; no se abren artículos de más de {1} MB</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="125"/>
        <source>the front matter that starts on line 1 has no closing &apos;---&apos; line</source>
        <translation>la cabecera de metadatos que empieza en la línea 1 no tiene línea &apos;---&apos; de cierre</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="179"/>
        <source>the front matter is nested too deeply to read</source>
        <translation>la cabecera de metadatos está demasiado anidada para leerla</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="182"/>
        <source>a value cannot be read</source>
        <translation>no se puede leer un valor</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="187"/>
        <source>the quoted text that starts on line {0} is never closed (a missing closing quote)</source>
        <translation>el texto entre comillas que empieza en la línea {0} no se cierra nunca (falta la comilla de cierre)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="196"/>
        <source>the front matter contains a control character (U+{0}), which YAML does not allow</source>
        <translation>la cabecera de metadatos contiene un carácter de control (U+{0}), que YAML no admite</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="160"/>
        <source>the front matter holds more than {0} values (repeated YAML aliases?)</source>
        <translation>la cabecera de metadatos contiene más de {0} valores (¿alias YAML repetidos?)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="165"/>
        <source>the front matter must be a mapping of keys to values, not a {0}</source>
        <translation>la cabecera de metadatos debe ser un mapa de claves y valores, no {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="169"/>
        <source>front matter key {0} is not text</source>
        <translation>la clave {0} de la cabecera de metadatos no es texto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="204"/>
        <source>the front matter is not valid YAML ({0})</source>
        <translation>la cabecera de metadatos no es YAML válido ({0})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="208"/>
        <source>the file cannot be read ({0})</source>
        <translation>no se puede leer el archivo ({0})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="252"/>
        <source>a value does not read back as written</source>
        <translation>un valor no se vuelve a leer tal como se escribió</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="304"/>
        <source>it is a link to {0}, outside the workspace, so the app does not open it</source>
        <translation>es un enlace a {0}, fuera del espacio de trabajo, así que la aplicación no lo abre</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="29"/>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="188"/>
        <source>a date</source>
        <translation>una fecha</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="29"/>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="180"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="30"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="30"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="31"/>
        <source>base64 data</source>
        <translation>datos base64</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="31"/>
        <source>an empty value</source>
        <translation>un valor vacío</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="32"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="34"/>
        <source>a valid {0}</source>
        <translation>un {0} válido</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="49"/>
        <source>the number on this line has {0} digits, more than can be used</source>
        <translation>el número de esta línea tiene {0} cifras, más de las que se pueden usar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="52"/>
        <source>&apos;{0}&apos; is not {1}{2}</source>
        <translation>&apos;{0}&apos; no es {1}{2}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="54"/>
        <source>this {0} value cannot be read{1}</source>
        <translation>no se puede leer este valor {0}{1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="71"/>
        <source>&apos;{0}&apos; holds a number too long to use</source>
        <translation>&apos;{0}&apos; contiene un número demasiado largo para usarlo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="75"/>
        <source>&apos;{0}&apos; must be a single value (text), not {1}</source>
        <translation>&apos;{0}&apos; debe ser un único valor (texto), no {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="84"/>
        <source>&apos;remote&apos; must be a mapping (key: value lines), not {0}</source>
        <translation>&apos;remote&apos; debe ser un mapa (líneas clave: valor), no {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="93"/>
        <source>&apos;{0}&apos; must be a list of names like [{1}], not {2}</source>
        <translation>&apos;{0}&apos; debe ser una lista de nombres como [{1}], no {2}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="98"/>
        <source>&apos;{0}&apos; must be a list of names; entry {1} is {2}</source>
        <translation>&apos;{0}&apos; debe ser una lista de nombres; el elemento {1} es {2}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="110"/>
        <source>&apos;date&apos; must be a date like 2021-02-28 or 2021-02-28T10:00:00Z, not {0}</source>
        <translation>&apos;date&apos; debe ser una fecha como 2021-02-28 o 2021-02-28T10:00:00Z, no {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="131"/>
        <source>&apos;featured_image&apos; must be a mapping (key: value lines) or a file name, not {0}</source>
        <translation>&apos;featured_image&apos; debe ser un mapa (líneas clave: valor) o un nombre de archivo, no {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="136"/>
        <source>&apos;featured_image.{0}&apos; must be a single value (text), not {1}</source>
        <translation>&apos;featured_image.{0}&apos; debe ser un único valor (texto), no {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="141"/>
        <source>&apos;featured_image.decorative&apos; must be true or false, not {0}</source>
        <translation>&apos;featured_image.decorative&apos; debe ser true o false, no {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="173"/>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="175"/>
        <source>&apos;{0}&apos; (true or false)</source>
        <translation>&apos;{0}&apos; (true o false)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="178"/>
        <source>the text &apos;{0}&apos;</source>
        <translation>el texto &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="181"/>
        <source>a mapping</source>
        <translation>un mapa</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="181"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="182"/>
        <source>a set</source>
        <translation>un conjunto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="182"/>
        <source>a pair</source>
        <translation>un par</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="183"/>
        <source>binary data</source>
        <translation>datos binarios</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="189"/>
        <source>a {0}</source>
        <translation>un {0}</translation>
    </message>
</context>
<context>
    <name>images</name>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="121"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="131"/>
        <source>the file is damaged or cut short (an incomplete download or copy)</source>
        <translation>el archivo está dañado o cortado (una descarga o copia incompleta)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="134"/>
        <source>it is an unknown image, not a JPEG, PNG, WebP, GIF, BMP or TIFF</source>
        <translation>es una imagen desconocida, no un JPEG, PNG, WebP, GIF, BMP ni TIFF</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="135"/>
        <source>it is a {0} image, not a JPEG, PNG, WebP, GIF, BMP or TIFF</source>
        <translation>es una imagen {0}, no un JPEG, PNG, WebP, GIF, BMP ni TIFF</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="139"/>
        <source>the file is cut short (an incomplete download or copy)</source>
        <translation>el archivo está cortado (una descarga o copia incompleta)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="188"/>
        <source>the file is {0} MB; images over {1} MB are refused</source>
        <translation>el archivo ocupa {0} MB; se rechazan las imágenes de más de {1} MB</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="200"/>
        <source>the image is too large to be a photo (decompression bomb)</source>
        <translation>la imagen es demasiado grande para ser una foto (bomba de descompresión)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="207"/>
        <source>the image file is damaged</source>
        <translation>el archivo de imagen está dañado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="212"/>
        <source>the file cannot be read ({0})</source>
        <translation>no se puede leer el archivo ({0})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="216"/>
        <source>the image is {0}x{1} pixels, too large to be a photo</source>
        <translation>la imagen mide {0}x{1} píxeles, demasiado grande para ser una foto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="225"/>
        <source>SVG drawings are not accepted (they can carry scripts); export it as PNG</source>
        <translation>no se aceptan dibujos SVG (pueden llevar scripts); expórtelo como PNG</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="226"/>
        <source>the file is not an image we can use; use a JPEG, PNG or WebP photo</source>
        <translation>el archivo no es una imagen que se pueda usar; use una foto JPEG, PNG o WebP</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="236"/>
        <source>{0} images are not supported; use JPEG, PNG or WebP</source>
        <translation>no se admiten imágenes {0}; use JPEG, PNG o WebP</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="237"/>
        <source>these</source>
        <translation>de este tipo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="317"/>
        <source>the image cannot be saved in the article folder ({0})</source>
        <translation>no se puede guardar la imagen en la carpeta del artículo ({0})</translation>
    </message>
</context>
<context>
    <name>lint</name>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="138"/>
        <source>this image</source>
        <translation>esta imagen</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="142"/>
        <source>{0} is marked decorative but has a caption: describe it instead, or remove the caption.</source>
        <translation>{0} está marcada como decorativa pero tiene pie de foto: descríbala en su lugar, o quite el pie de foto.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="146"/>
        <source>{0} is marked decorative, so its alt text will not be published: remove the mark or the text.</source>
        <translation>{0} está marcada como decorativa, así que su texto alternativo no se publicará: quite la marca o el texto.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="152"/>
        <source>{0} has no alt text: describe it, or mark it decorative.</source>
        <translation>{0} no tiene texto alternativo: descríbala, o márquela como decorativa.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="156"/>
        <source>The alt text of {0} holds an invisible control character ({1}): remove it.</source>
        <translation>El texto alternativo de {0} contiene un carácter de control invisible ({1}): elimínelo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="166"/>
        <source>The alt text of {0} looks like a file name: describe what the image shows.</source>
        <translation>El texto alternativo de {0} parece un nombre de archivo: describa lo que muestra la imagen.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="169"/>
        <source>The alt text of {0} only says &apos;{1}&apos;: describe what the image shows.</source>
        <translation>El texto alternativo de {0} solo dice &apos;{1}&apos;: describa lo que muestra la imagen.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="172"/>
        <source>The alt text of {0} starts with &apos;{1}&apos;: screen readers already say it is an image.</source>
        <translation>El texto alternativo de {0} empieza por &apos;{1}&apos;: los lectores de pantalla ya dicen que es una imagen.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="176"/>
        <source>The alt text of {0} repeats its caption: describe what is seen, and let the caption add context.</source>
        <translation>El texto alternativo de {0} repite su pie de foto: describa lo que se ve y deje que el pie de foto aporte el contexto.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="180"/>
        <source>The alt text of {0} repeats the sentence next to it word for word, so screen readers read it twice: describe what the image shows instead.</source>
        <translation>El texto alternativo de {0} repite palabra por palabra la frase de al lado, y los lectores de pantalla la leen dos veces: describa en cambio lo que muestra la imagen.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="184"/>
        <source>The alt text of {0} has {1} characters: keep it under {2} and put the rest in the caption or the text.</source>
        <translation>El texto alternativo de {0} tiene {1} caracteres: no pase de {2} y ponga el resto en el pie de foto o en el texto.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="219"/>
        <source>{0}: flatten the lists or quotes here.</source>
        <translation>{0}: reduzca aquí el anidamiento de listas o citas.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="226"/>
        <source>The article has no title: add one.</source>
        <translation>El artículo no tiene título: añada uno.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="229"/>
        <source>The article has no teaser: write one or two sentences that make people read on.</source>
        <translation>El artículo no tiene entradilla: escriba una o dos frases que inviten a seguir leyendo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="233"/>
        <source>The teaser has {0} characters: shorten it to {1} or fewer.</source>
        <translation>La entradilla tiene {0} caracteres: acórtela a {1} o menos.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="237"/>
        <source>The status &apos;{0}&apos; is unknown: use one of {1}.</source>
        <translation>El estado &apos;{0}&apos; es desconocido: use uno de estos: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="247"/>
        <source>No region is tagged: choose at least one.</source>
        <translation>No hay ninguna región etiquetada: elija al menos una.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="251"/>
        <source>&apos;{0}&apos; is not one of the site&apos;s regions ({1}).</source>
        <translation>&apos;{0}&apos; no es una de las regiones del sitio ({1}).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="259"/>
        <source>&apos;{0}&apos; is not in the list of countries (did you mean {1}?); publishing would make it a new tag on the site.</source>
        <translation>«{0}» no está en la lista de países (¿quiso decir {1}?); al publicar se crearía como etiqueta nueva en el sitio.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="266"/>
        <source>{0} is tagged but its region is not: add the region {1}.</source>
        <translation>Tiene la etiqueta {0}, pero no su región: añada la región {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="288"/>
        <source>The article has no featured image: choose one.</source>
        <translation>El artículo no tiene imagen destacada: elija una.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="295"/>
        <source>The featured image {0} has no credit: name the photographer or source.</source>
        <translation>La imagen destacada {0} no tiene crédito: indique el fotógrafo o la fuente.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="309"/>
        <source>The image {0} is not a photo format the site accepts: export it as JPEG or PNG.</source>
        <translation>La imagen {0} no está en un formato de foto que acepte el sitio: expórtela como JPEG o PNG.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="315"/>
        <source>The image {0} cannot be published: {1}. Export it again as JPEG or PNG.</source>
        <translation>La imagen {0} no se puede publicar: {1}. Vuelva a exportarla como JPEG o PNG.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="320"/>
        <source>The image file {0} is not in the article folder: add it or fix the name.</source>
        <translation>El archivo de imagen {0} no está en la carpeta del artículo: añádalo o corrija el nombre.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="323"/>
        <source>The image {0} is outside the article folder: import it into the article instead.</source>
        <translation>La imagen {0} está fuera de la carpeta del artículo: impórtela al artículo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="327"/>
        <source>The image {0} comes from another web site: download it and import it into the article, with permission.</source>
        <translation>La imagen {0} viene de otro sitio web: descárguela e impórtela al artículo, con permiso.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="344"/>
        <source>Line {0}: the &lt;{1}&gt; tag stands inside a sentence, so this paragraph is published as an HTML block; put the HTML on lines of its own, with blank lines around it.</source>
        <translation>Línea {0}: la etiqueta &lt;{1}&gt; está dentro de una frase, así que este párrafo se publica como bloque HTML; ponga el HTML en líneas propias, con líneas en blanco alrededor.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/keys.py" line="30"/>
        <source>Unknown key &apos;{0}&apos; (did you mean &apos;{1}&apos; under &apos;featured_image&apos;?); sr-editor does not use it.</source>
        <translation>Clave desconocida &apos;{0}&apos; (¿quería decir &apos;{1}&apos; dentro de &apos;featured_image&apos;?); sr-editor no la usa.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/keys.py" line="34"/>
        <source>Unknown key &apos;{0}&apos; (did you mean &apos;{1}&apos;?); sr-editor does not use it.</source>
        <translation>Clave desconocida &apos;{0}&apos; (¿quería decir &apos;{1}&apos;?); sr-editor no la usa.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/keys.py" line="36"/>
        <source>Unknown key &apos;{0}&apos;; sr-editor does not use it (the known keys are {1}).</source>
        <translation>Clave desconocida &apos;{0}&apos;; sr-editor no la usa (las claves conocidas son {1}).</translation>
    </message>
</context>
<context>
    <name>outcome</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="323"/>
        <source>The article stays local and can be published later.</source>
        <translation>El artículo sigue en local y se puede publicar más tarde.</translation>
    </message>
</context>
<context>
    <name>paging</name>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/paging.py" line="81"/>
        <source>the site&apos;s list holds this entry instead of an object</source>
        <translation>la lista del sitio contiene esta entrada en lugar de un objeto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/paging.py" line="84"/>
        <source>the id the site gives is not a whole number</source>
        <translation>el id que da el sitio no es un número entero</translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message>
        <location filename="../../src/sr_editor/core/blocks/unit_preview.py" line="69"/>
        <source>Kept as on the site: {0}</source>
        <translation>Se conserva como en el sitio: {0}</translation>
    </message>
</context>
<context>
    <name>publish_lock</name>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_lock.py" line="50"/>
        <source>{0}: cannot create the publish lock {1} ({2}).</source>
        <translation>{0}: no se puede crear el bloqueo de publicación {1} ({2}).</translation>
    </message>
</context>
<context>
    <name>pull</name>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull_post.py" line="290"/>
        <source>kept as on the site (published back unchanged): {0}</source>
        <translation>se conserva como en el sitio (se publica de nuevo sin cambios): {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="163"/>
        <source>Post {0}: {1}</source>
        <translation>Entrada {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="173"/>
        <source>post {0}: {1}</source>
        <translation>entrada {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="284"/>
        <source>pull the posts of {0}</source>
        <translation>traer las entradas de {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="285"/>
        <source>an Author or Contributor reads only their own posts; ask an Editor</source>
        <translation>un Autor o Colaborador solo lee sus propias entradas; pídaselo a un Editor</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="302"/>
        <source>{0} has no category &quot;{1}&quot;.</source>
        <translation>{0} no tiene ninguna categoría «{1}».</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="311"/>
        <source>{0} has no writer with the login &quot;{1}&quot;.</source>
        <translation>{0} no tiene ningún redactor con el nombre de acceso «{1}».</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="386"/>
        <source>post {0}: {1} has no post {0} (deleted, or never there).</source>
        <translation>entrada {0}: {1} no tiene la entrada {0} (se borró, o nunca existió).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="392"/>
        <source>this account</source>
        <translation>esta cuenta</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="393"/>
        <source>post {0}: your account on {1} ({2}) may not read post {0}: it belongs to another writer or is private; ask an Editor to pull it.</source>
        <translation>entrada {0}: su cuenta en {1} ({2}) no puede leer la entrada {0}: pertenece a otro redactor o es privada; pida a un Editor que la traiga.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="430"/>
        <source>changed on {0} and here since the last sync: your text is kept; the site&apos;s version is in the local history and waits for a merge</source>
        <translation>modificado en {0} y aquí desde la última sincronización: se conserva su texto; la versión del sitio está en el historial local y espera a que se combinen</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull_post.py" line="244"/>
        <source>The image {0} could not be downloaded: {1}</source>
        <translation>No se pudo descargar la imagen {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull_post.py" line="248"/>
        <source>The image {0} is missing on the site; the article refers to its address.</source>
        <translation>La imagen {0} falta en el sitio; el artículo remite a su dirección.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull_post.py" line="259"/>
        <source>The featured image (media {0}) is not readable with this account.</source>
        <translation>La imagen destacada (medio {0}) no se puede leer con esta cuenta.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull_post.py" line="293"/>
        <source>kept as HTML: {0}</source>
        <translation>conservado como HTML: {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull_post.py" line="295"/>
        <source>{0} holds markup that sr-editor does not publish; editing here would drop it</source>
        <translation>{0} contiene marcado que sr-editor no publica; editarlo aquí lo eliminaría</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/site_review.py" line="107"/>
        <source>Post {0} could not be pulled.</source>
        <translation>No se pudo traer la entrada {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="493"/>
        <source>its text holds characters that are not valid Unicode (such as a lone surrogate); it was not pulled.</source>
        <translation>su texto contiene caracteres que no son Unicode válido (como un sustituto suelto); no se trajo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="496"/>
        <source>its content is nested too deeply to convert; it was not pulled.</source>
        <translation>su contenido está anidado a demasiada profundidad para convertirlo; no se trajo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="499"/>
        <source>the site sent it in a form sr-editor cannot read ({0}); it was not pulled.</source>
        <translation>el sitio lo envió en una forma que sr-editor no puede leer ({0}); no se trajo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="362"/>
        <source>post {0}: {1}; it was not pulled.</source>
        <translation>entrada {0}: {1}; no se trajo.</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../src/sr_editor/core/article/status.py" line="36"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/status.py" line="36"/>
        <source>Pending review</source>
        <translation>Pendiente de revisión</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/status.py" line="37"/>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/status.py" line="37"/>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/status.py" line="38"/>
        <source>Private</source>
        <translation>Privada</translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <location filename="../../src/sr_editor/core/storage/workspace.py" line="408"/>
        <source>line {0}: {1}</source>
        <translation>línea {0}: {1}</translation>
    </message>
</context>
</TS>
