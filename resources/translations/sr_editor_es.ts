<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddSiteDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="114"/>
        <source>Add a site</source>
        <translation>Añadir un sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="121"/>
        <source>Create an Application Password in WordPress under &lt;i&gt;Users ▸ Profile&lt;/i&gt;, then paste it here. It is kept in your system&apos;s keyring, never in a file.</source>
        <translation>Cree una contraseña de aplicación en WordPress, en &lt;i&gt;Usuarios ▸ Perfil&lt;/i&gt;, y péguela aquí. Se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="129"/>
        <source>A short name for this site, used in menus.</source>
        <translation>Un nombre corto para este sitio, que se usa en los menús.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="133"/>
        <source>The site&apos;s web address, starting with https://.</source>
        <translation>La dirección web del sitio, que empieza por https://.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="135"/>
        <source>the name you log in with</source>
        <translation>el nombre con el que inicia sesión</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="137"/>
        <source>The user name you log in to the site with.</source>
        <translation>El nombre de usuario con el que inicia sesión en el sitio.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="141"/>
        <source>An application password made in your WordPress profile; kept in the system keyring, never in a file.</source>
        <translation>Una contraseña de aplicación creada en su perfil de WordPress; se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="144"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="145"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="146"/>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="147"/>
        <source>Application &amp;password:</source>
        <translation>&amp;Contraseña de aplicación:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="154"/>
        <source>&amp;Verify and add</source>
        <translation>&amp;Verificar y añadir</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="178"/>
        <source>Checking the password with the site…</source>
        <translation>Comprobando la contraseña con el sitio…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/sr_editor/app/composition.py" line="218"/>
        <source>Listing articles… {0:,} of {1:,}</source>
        <translation>Listando artículos… {0:,} de {1:,}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/app/workspaces.py" line="44"/>
        <source>Open it anyway? Two windows editing the same article can overwrite each other.</source>
        <translation>¿Abrirlo de todos modos? Dos ventanas que editan el mismo artículo pueden sobrescribirse entre sí.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/app/workspaces.py" line="117"/>
        <source>Could not create the workspace {0}: {1}.</source>
        <translation>No se pudo crear el espacio de trabajo {0}: {1}.</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="65"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="67"/>
        <source>Approve &lt;b&gt;%1&lt;/b&gt; and publish it:</source>
        <translation>Aprobar &lt;b&gt;%1&lt;/b&gt; y publicarlo:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="68"/>
        <source>&amp;Now</source>
        <translation>A&amp;hora</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="70"/>
        <source>&amp;At</source>
        <translation>&amp;Programar para</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="75"/>
        <source>In this computer&apos;s time zone.</source>
        <translation>En la zona horaria de este ordenador.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="81"/>
        <source>&amp;Approve</source>
        <translation>Apro&amp;bar</translation>
    </message>
</context>
<context>
    <name>ArticleActions</name>
    <message>
        <location filename="../../src/sr_editor/gui/window/article_actions.py" line="42"/>
        <source>sr-editor</source>
        <translation>sr-editor</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/article_actions.py" line="61"/>
        <source>Rename article</source>
        <translation>Cambiar el nombre del artículo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/article_actions.py" line="61"/>
        <source>Folder name (slug):</source>
        <translation>Nombre de la carpeta (slug):</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/article_actions.py" line="76"/>
        <source>Moved to the trash; restore it from File ▸ Trash.</source>
        <translation>Movido a la papelera; puede recuperarlo en Archivo ▸ Papelera.</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="45"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="45"/>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="365"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="46"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="46"/>
        <source>Updated</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="47"/>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="366"/>
        <source>Checks</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="62"/>
        <source>⚠ broken</source>
        <translation>⚠ dañado</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="275"/>
        <source>Filter articles…</source>
        <translation>Filtrar artículos…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="276"/>
        <source>Filter articles by title or teaser</source>
        <translation>Filtrar artículos por título o entradilla</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="277"/>
        <source>Only articles whose title or teaser contain these words stay in the list.</source>
        <translation>Solo quedan en la lista los artículos cuyo título o entradilla contienen estas palabras.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="281"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="282"/>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="283"/>
        <source>List only the articles with this status.</source>
        <translation>Listar solo los artículos con este estado.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="287"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="288"/>
        <source>Region filter</source>
        <translation>Filtro de región</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="289"/>
        <source>List only the articles filed under this region.</source>
        <translation>Listar solo los artículos clasificados en esta región.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="293"/>
        <source>Has problems</source>
        <translation>Con problemas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="295"/>
        <source>Show only articles with problems</source>
        <translation>Mostrar solo los artículos con problemas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="297"/>
        <source>List only the articles that have problems to fix before publishing.</source>
        <translation>Listar solo los artículos con problemas que corregir antes de publicar.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="341"/>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="342"/>
        <source>The articles of the workspace; selecting one opens it, Delete moves it to the trash.</source>
        <translation>Los artículos del espacio de trabajo; al seleccionar uno se abre, Supr lo mueve a la papelera.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="389"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="390"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="391"/>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="392"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="393"/>
        <source>Trash…</source>
        <translation>Papelera…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="404"/>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="32"/>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="38"/>
        <source>Problems found in the article</source>
        <translation>Problemas encontrados en el artículo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="40"/>
        <source>What to fix before publishing; Enter on a problem goes to it.</source>
        <translation>Lo que hay que corregir antes de publicar; Enter sobre un problema lleva a él.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="43"/>
        <source>Double-click a problem to go to it</source>
        <translation>Haga doble clic en un problema para ir a él</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="46"/>
        <source>Publish anyway (recorded in the article with your name)</source>
        <translation>Publicar de todos modos (queda registrado en el artículo con su nombre)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="49"/>
        <source>Publish although there are problems; your name is recorded in the article.</source>
        <translation>Publicar aunque haya problemas; su nombre queda registrado en el artículo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="70"/>
        <source>Checking the article…</source>
        <translation>Revisando el artículo…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="72"/>
        <source>1 problem must be fixed before publishing</source>
        <translation>Hay que corregir 1 problema antes de publicar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="73"/>
        <source>%1 problems must be fixed before publishing</source>
        <translation>Hay que corregir %1 problemas antes de publicar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="78"/>
        <source>Ready, with %1 to consider</source>
        <translation>Listo, con %1 a tener en cuenta</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="81"/>
        <source>✓ All checks pass</source>
        <translation>✓ Supera todas las comprobaciones</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="102"/>
        <source>Publish anyway?</source>
        <translation>¿Publicar de todos modos?</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="103"/>
        <source>The article has problems that readers will notice. Publish it anyway? Your name and the skipped checks are recorded in the article.</source>
        <translation>El artículo tiene problemas que los lectores notarán. ¿Publicarlo de todos modos? Su nombre y las comprobaciones omitidas quedan registrados en el artículo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="111"/>
        <source>1 warning</source>
        <translation>1 aviso</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="112"/>
        <source>%1 warnings</source>
        <translation>%1 avisos</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/site/compare_dialog.py" line="22"/>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/compare_dialog.py" line="23"/>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/compare_dialog.py" line="51"/>
        <source>Compare with %1</source>
        <translation>Comparar con %1</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/compare_dialog.py" line="55"/>
        <source>&lt;b&gt;%1&lt;/b&gt; and the post on &lt;b&gt;%2&lt;/b&gt; differ in: %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; y la entrada en &lt;b&gt;%2&lt;/b&gt; difieren en: %3.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/compare_dialog.py" line="56"/>
        <source>&lt;b&gt;%1&lt;/b&gt; and the post on &lt;b&gt;%2&lt;/b&gt; read the same.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; y la entrada en &lt;b&gt;%2&lt;/b&gt; dicen lo mismo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/compare_dialog.py" line="58"/>
        <source>&lt;br/&gt;&lt;span style=&apos;%1&apos;&gt;crossed out red&lt;/span&gt;: only in yours; &lt;span style=&apos;%2&apos;&gt;green&lt;/span&gt;: only on the site.</source>
        <translation>&lt;br/&gt;&lt;span style=&apos;%1&apos;&gt;tachado en rojo&lt;/span&gt;: solo en el suyo; &lt;span style=&apos;%2&apos;&gt;verde&lt;/span&gt;: solo en el sitio.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/compare_dialog.py" line="66"/>
        <source>Differences, word by word</source>
        <translation>Diferencias, palabra por palabra</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/compare_dialog.py" line="68"/>
        <source>Each field of the article and of the site&apos;s post, with the words that differ marked.</source>
        <translation>Cada campo del artículo y de la entrada del sitio, con las palabras que difieren marcadas.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/compare_dialog.py" line="80"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/compare_dialog.py" line="81"/>
        <source>&amp;Request Changes…</source>
        <translation>Pedir ca&amp;mbios…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/compare_dialog.py" line="82"/>
        <source>&amp;Take the Site&apos;s Version</source>
        <translation>&amp;Tomar la versión del sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/compare_dialog.py" line="83"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
</context>
<context>
    <name>CounterLabel</name>
    <message>
        <location filename="../../src/sr_editor/gui/panels/field_widgets.py" line="99"/>
        <source>{0} of {1} characters</source>
        <translation>{0} de {1} caracteres</translation>
    </message>
</context>
<context>
    <name>DeskLayout</name>
    <message>
        <location filename="../../src/sr_editor/gui/window/desk_layout.py" line="71"/>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/desk_layout.py" line="125"/>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/desk_layout.py" line="135"/>
        <source>Publish…</source>
        <translation>Publicar…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/desk_layout.py" line="151"/>
        <source>Toolbar button; also in the menus, shortcut {0}.</source>
        <translation>Botón de la barra de herramientas; también en los menús, atajo {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/desk_layout.py" line="153"/>
        <source>Toolbar button; also in the menus.</source>
        <translation>Botón de la barra de herramientas; también en los menús.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/desk_layout.py" line="160"/>
        <source>Publishing is not ready yet; try again in a moment.</source>
        <translation>La publicación aún no está lista; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/desk_layout.py" line="168"/>
        <source>&amp;Distraction-free writing</source>
        <translation>Escritura sin &amp;distracciones</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/desk_layout.py" line="171"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Restablecer la disposición</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/diff_view.py" line="28"/>
        <source>The two versions are identical.</source>
        <translation>Las dos versiones son idénticas.</translation>
    </message>
</context>
<context>
    <name>DiskGuard</name>
    <message>
        <location filename="../../src/sr_editor/gui/window/disk_guard.py" line="36"/>
        <source>Reloaded: the file was changed by another program.</source>
        <translation>Recargado: otro programa modificó el archivo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/disk_guard.py" line="52"/>
        <source>%1 was changed by another program. Your text is not saved yet.</source>
        <translation>Otro programa modificó %1. Su texto aún no está guardado.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/disk_guard.py" line="75"/>
        <source>%1 was changed by another program. Your text is kept but not saved: save (Ctrl+S) to choose which version to keep.</source>
        <translation>Otro programa cambió %1. Su texto se conserva pero no está guardado: guarde (Ctrl+S) para elegir qué versión conservar.</translation>
    </message>
</context>
<context>
    <name>ExternalChangeDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/conflict_dialog.py" line="38"/>
        <source>File changed on disk</source>
        <translation>Archivo modificado en el disco</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/conflict_dialog.py" line="51"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; was changed by another program while you were editing it.&lt;br&gt;Which version do you want to keep?</source>
        <translation>Otro programa modificó &lt;b&gt;{0}&lt;/b&gt; mientras usted lo editaba.&lt;br&gt;¿Qué versión quiere conservar?</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/conflict_dialog.py" line="58"/>
        <source>Differences between the file on disk and your text</source>
        <translation>Diferencias entre el archivo del disco y su texto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/conflict_dialog.py" line="60"/>
        <source>The lines that differ between the file on disk and the text in the editor.</source>
        <translation>Las líneas que difieren entre el archivo del disco y el texto del editor.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/conflict_dialog.py" line="66"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/conflict_dialog.py" line="70"/>
        <source>Show or hide the differences between the file on disk and your text.</source>
        <translation>Mostrar u ocultar las diferencias entre el archivo del disco y su texto.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/conflict_dialog.py" line="72"/>
        <source>&amp;Reload from disk</source>
        <translation>&amp;Recargar desde el disco</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/conflict_dialog.py" line="74"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar el mío</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/conflict_dialog.py" line="76"/>
        <source>&amp;Decide later</source>
        <translation>&amp;Decidir más tarde</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/conflict_dialog.py" line="79"/>
        <source>Keep your text unsaved; you are asked again when you save or the file changes again.</source>
        <translation>Conservar su texto sin guardar; se le volverá a preguntar al guardar o si el archivo vuelve a cambiar.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/conflict_dialog.py" line="93"/>
        <source>on disk</source>
        <translation>en el disco</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/conflict_dialog.py" line="93"/>
        <source>your text</source>
        <translation>su texto</translation>
    </message>
</context>
<context>
    <name>FeaturedImageSection</name>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="31"/>
        <source>Featured image</source>
        <translation>Imagen destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="37"/>
        <source>Featured image alt text</source>
        <translation>Texto alternativo de la imagen destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="38"/>
        <source>Describes the featured image for readers who cannot see it.</source>
        <translation>Describe la imagen destacada para quien no puede verla.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="39"/>
        <source>What the image shows, for readers who cannot see it</source>
        <translation>Qué muestra la imagen, para quien no puede verla</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="41"/>
        <source>&amp;Alt text</source>
        <translation>Texto &amp;alternativo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="43"/>
        <source>&amp;Decorative (no description)</source>
        <translation>&amp;Decorativa (sin descripción)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="44"/>
        <source>Featured image is decorative</source>
        <translation>La imagen destacada es decorativa</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="45"/>
        <source>Tick when the featured image adds nothing to the text; it is then published without a description.</source>
        <translation>Márquelo si la imagen destacada no aporta nada al texto; entonces se publica sin descripción.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="51"/>
        <source>Featured image caption</source>
        <translation>Pie de la imagen destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="52"/>
        <source>Text shown under the featured image.</source>
        <translation>Texto que se muestra bajo la imagen destacada.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="53"/>
        <source>Shown under the image</source>
        <translation>Se muestra bajo la imagen</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="55"/>
        <source>Ca&amp;ption</source>
        <translation>&amp;Pie de foto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="57"/>
        <source>Featured image credit</source>
        <translation>Crédito de la imagen destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="58"/>
        <source>The photographer or source of the featured image.</source>
        <translation>El fotógrafo o la fuente de la imagen destacada.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="59"/>
        <source>Photographer or source</source>
        <translation>Fotógrafo o fuente</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="61"/>
        <source>Cre&amp;dit</source>
        <translation>C&amp;rédito</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="65"/>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="120"/>
        <source>No image.
Choose one or drop a file here.</source>
        <translation>Sin imagen.
Elija una o suelte un archivo aquí.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="72"/>
        <source>C&amp;hoose image…</source>
        <translation>&amp;Elegir imagen…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="73"/>
        <source>Choose featured image</source>
        <translation>Elegir la imagen destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="74"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="75"/>
        <source>Remove featured image</source>
        <translation>Quitar la imagen destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="124"/>
        <source>Missing file: {0}</source>
        <translation>Falta el archivo: {0}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="274"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="276"/>
        <source>Text to find in the article; Enter finds the next match, Escape closes the bar.</source>
        <translation>Texto que buscar en el artículo; Enter busca la siguiente coincidencia, Escape cierra la barra.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="277"/>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="279"/>
        <source>Text that replaces the match; Enter replaces the current match.</source>
        <translation>Texto que reemplaza la coincidencia; Enter reemplaza la actual.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="280"/>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="282"/>
        <source>Match case</source>
        <translation>Distinguir mayúsculas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="284"/>
        <source>Find next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="284"/>
        <source>Find previous</source>
        <translation>Buscar anterior</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="285"/>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="286"/>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="286"/>
        <source>Replace all</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="303"/>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="304"/>
        <source>Close find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../../src/sr_editor/gui/editor/find_replace.py" line="22"/>
        <source>Whole words</source>
        <translation>Palabras completas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/find_replace.py" line="23"/>
        <source>Regular expression</source>
        <translation>Expresión regular</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/find_replace.py" line="25"/>
        <source>Match case</source>
        <translation>Distinguir mayúsculas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/find_replace.py" line="26"/>
        <source>Find only text with the same capital letters.</source>
        <translation>Buscar solo el texto con las mismas mayúsculas.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/find_replace.py" line="27"/>
        <source>Find only whole words, not parts of longer words.</source>
        <translation>Buscar solo palabras completas, no partes de palabras más largas.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/find_replace.py" line="29"/>
        <source>Read the search text as a regular expression (Python syntax).</source>
        <translation>Leer el texto buscado como expresión regular (sintaxis de Python).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/find_replace.py" line="195"/>
        <source>Invalid pattern</source>
        <translation>Patrón no válido</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/find_replace.py" line="202"/>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/find_replace.py" line="204"/>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/find_replace.py" line="206"/>
        <source>{0} matches</source>
        <translation>{0} coincidencias</translation>
    </message>
</context>
<context>
    <name>FocusCycle</name>
    <message>
        <location filename="../../src/sr_editor/gui/window/focus_cycle.py" line="48"/>
        <source>Next area</source>
        <translation>Área siguiente</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/focus_cycle.py" line="49"/>
        <source>Previous area</source>
        <translation>Área anterior</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/history_dialog.py" line="86"/>
        <source>History of {0}</source>
        <translation>Historial de {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/history_dialog.py" line="95"/>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/history_dialog.py" line="97"/>
        <source>The saved versions of the article, newest first; choose one to see what changed since.</source>
        <translation>Las versiones guardadas del artículo, de la más reciente a la más antigua; elija una para ver qué cambió desde entonces.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/history_dialog.py" line="100"/>
        <source>Changes from the selected version to the current file</source>
        <translation>Cambios de la versión elegida al archivo actual</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/history_dialog.py" line="102"/>
        <source>The lines that changed from the selected version to the file as it is now.</source>
        <translation>Las líneas que cambiaron desde la versión elegida hasta el archivo actual.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/history_dialog.py" line="113"/>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurar esta versión</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/history_dialog.py" line="132"/>
        <source>The history of {0} cannot be read ({1}).</source>
        <translation>No se puede leer el historial de {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/history_dialog.py" line="140"/>
        <source>&lt;p&gt;No earlier versions of this article yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Este artículo aún no tiene versiones anteriores.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/history_dialog.py" line="160"/>
        <source>current file</source>
        <translation>archivo actual</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/history_dialog.py" line="171"/>
        <source>Version not restored</source>
        <translation>Versión no restaurada</translation>
    </message>
</context>
<context>
    <name>ImageInsertion</name>
    <message>
        <location filename="../../src/sr_editor/gui/window/article_actions.py" line="108"/>
        <source>Insert image</source>
        <translation>Insertar imagen</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/article_actions.py" line="109"/>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>ImageRow</name>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="105"/>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="210"/>
        <source>Describe the image</source>
        <translation>Describa la imagen</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="107"/>
        <source>Describes the image for readers who cannot see it; Enter moves to the next image.</source>
        <translation>Describe la imagen para quien no puede verla; Enter pasa a la siguiente imagen.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="112"/>
        <source>Decorative</source>
        <translation>Decorativa</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="115"/>
        <source>Tick when the image adds nothing to the text; it is then published without a description.</source>
        <translation>Márquelo si la imagen no aporta nada al texto; entonces se publica sin descripción.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="146"/>
        <source>Alt text of image {0}, {1}</source>
        <translation>Texto alternativo de la imagen {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="147"/>
        <source>Image {0} is decorative</source>
        <translation>La imagen {0} es decorativa</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="153"/>
        <source>line {0}</source>
        <translation>línea {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="158"/>
        <source>remote</source>
        <translation>remota</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="169"/>
        <source>file not found in the article folder</source>
        <translation>el archivo no está en la carpeta del artículo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="170"/>
        <source>not a readable image</source>
        <translation>no es una imagen legible</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="172"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="172"/>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="210"/>
        <source>Decorative: published without a description</source>
        <translation>Decorativa: se publica sin descripción</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../../src/sr_editor/gui/alt/image_view.py" line="22"/>
        <source>Image to describe</source>
        <translation>Imagen que describir</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/image_view.py" line="23"/>
        <source>The image whose alt text is being written; + and - zoom, 0 fits.</source>
        <translation>La imagen cuyo texto alternativo se está escribiendo; + y - amplían o reducen, 0 la ajusta.</translation>
    </message>
</context>
<context>
    <name>ImagesPanel</name>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="227"/>
        <source>Images in the article</source>
        <translation>Imágenes del artículo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="362"/>
        <source>No images in the text.</source>
        <translation>No hay imágenes en el texto.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="365"/>
        <source>{0} images</source>
        <translation>{0} imágenes</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="365"/>
        <source>1 image</source>
        <translation>1 imagen</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="367"/>
        <source>{0} without alt text</source>
        <translation>{0} sin texto alternativo</translation>
    </message>
</context>
<context>
    <name>InsertImageDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="56"/>
        <source>Insert image</source>
        <translation>Insertar imagen</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="85"/>
        <source>A copy goes into the article folder, at most {0} px wide, without camera and GPS data.</source>
        <translation>Se guarda una copia en la carpeta del artículo, de {0} px de ancho como máximo, sin datos de cámara ni GPS.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="92"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="103"/>
        <source>Alt text</source>
        <translation>Texto alternativo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="105"/>
        <source>Describes the image for readers who cannot see it.</source>
        <translation>Describe la imagen para quien no puede verla.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="106"/>
        <source>What the image shows, for readers who cannot see it</source>
        <translation>Qué muestra la imagen, para quien no puede verla</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="108"/>
        <source>&amp;Alt text</source>
        <translation>Texto &amp;alternativo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="111"/>
        <source>&amp;Decorative: adds nothing a reader needs (published with empty alt)</source>
        <translation>&amp;Decorativa: no aporta nada que el lector necesite (se publica con alt vacío)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="113"/>
        <source>Decorative image</source>
        <translation>Imagen decorativa</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="115"/>
        <source>Tick when the image adds nothing to the text; it is then published without a description.</source>
        <translation>Márquelo si la imagen no aporta nada al texto; entonces se publica sin descripción.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="122"/>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="124"/>
        <source>Optional text shown under the image.</source>
        <translation>Texto opcional que se muestra bajo la imagen.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="125"/>
        <source>Optional, shown under the image</source>
        <translation>Opcional, se muestra bajo la imagen</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="127"/>
        <source>&amp;Caption</source>
        <translation>&amp;Pie de foto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="138"/>
        <source>not a picture</source>
        <translation>no es una imagen</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="139"/>
        <source>This file cannot be read as an image:
{0}</source>
        <translation>Este archivo no se puede leer como imagen:
{0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="165"/>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="178"/>
        <source>Image not inserted</source>
        <translation>Imagen no insertada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="179"/>
        <source>{0} cannot be read as an image.</source>
        <translation>{0} no se puede leer como imagen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="77"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="79"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="81"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="175"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="178"/>
        <source>&amp;New article</source>
        <translation>&amp;Nuevo artículo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="179"/>
        <source>&amp;Duplicate article</source>
        <translation>&amp;Duplicar artículo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="180"/>
        <source>&amp;Rename article…</source>
        <translation>Cambiar el nom&amp;bre del artículo…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="181"/>
        <source>Move to &amp;trash</source>
        <translation>Mover a la pape&amp;lera</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="182"/>
        <source>Tr&amp;ash…</source>
        <translation>&amp;Papelera…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="183"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="184"/>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="185"/>
        <source>Open preview in &amp;browser</source>
        <translation>Abrir la vista previa en el naveg&amp;ador</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="186"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="189"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="191"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="192"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="194"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="195"/>
        <source>Find and r&amp;eplace…</source>
        <translation>Buscar y reempla&amp;zar…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="205"/>
        <source>Read as a &amp;screen reader…</source>
        <translation>Leer como un &amp;lector de pantalla…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="221"/>
        <source>B&amp;ulleted list</source>
        <translation>&amp;Lista con viñetas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="223"/>
        <source>Insert i&amp;mage…</source>
        <translation>Insertar &amp;imagen…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="196"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormato</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="199"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="201"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="212"/>
        <source>&amp;Bold</source>
        <translation>&amp;Negrita</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="213"/>
        <source>&amp;Italic</source>
        <translation>&amp;Cursiva</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="214"/>
        <source>&amp;Link</source>
        <translation>&amp;Enlace</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="215"/>
        <source>&amp;Heading</source>
        <translation>Enc&amp;abezado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="217"/>
        <source>Heading %n</source>
        <translation>
            <numerusform>Encabezado %n</numerusform>
            <numerusform>Encabezado %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="219"/>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="220"/>
        <source>&amp;Quote</source>
        <translation>Ci&amp;ta</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="60"/>
        <source>Article text</source>
        <translation>Texto del artículo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="61"/>
        <source>The article&apos;s text in Markdown. Tab indents; F6 moves to the next area of the window.</source>
        <translation>El texto del artículo en Markdown. Tab sangra; F6 pasa a la siguiente área de la ventana.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="68"/>
        <source>Write the article in Markdown…</source>
        <translation>Escriba el artículo en Markdown…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="150"/>
        <source>bold text</source>
        <translation>texto en negrita</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="153"/>
        <source>italic text</source>
        <translation>texto en cursiva</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="156"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="160"/>
        <source>link text</source>
        <translation>texto del enlace</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="28"/>
        <source>Merge the version on %1</source>
        <translation>Fusionar la versión de %1</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="33"/>
        <source>Changes made on one side only are taken as they are. For each place changed on both sides (%1), choose which text to keep.</source>
        <translation>Los cambios hechos en un solo lado se toman tal cual. En cada lugar cambiado en ambos lados (%1), elija qué texto conservar.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="47"/>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="51"/>
        <source>Merged article</source>
        <translation>Artículo fusionado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="53"/>
        <source>The article as it will be saved with the choices above.</source>
        <translation>El artículo tal como se guardará con las opciones de arriba.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="56"/>
        <source>&amp;Save the merged article</source>
        <translation>&amp;Guardar el artículo fusionado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="64"/>
        <source>Place %1</source>
        <translation>Lugar %1</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="66"/>
        <source>Yours</source>
        <translation>El suyo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="66"/>
        <source>On the site</source>
        <translation>En el sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="71"/>
        <source>{0}, place {1}</source>
        <translation>{0}, lugar {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="72"/>
        <source>The lines of this place in this version, read-only.</source>
        <translation>Las líneas de este lugar en esta versión, solo lectura.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="78"/>
        <source>Which version to keep at place {0}</source>
        <translation>Qué versión conservar en el lugar {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="79"/>
        <source>Keep your lines, the site&apos;s lines, or both.</source>
        <translation>Conservar sus líneas, las del sitio o ambas.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="80"/>
        <source>Keep yours</source>
        <translation>Conservar el suyo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="80"/>
        <source>Keep the site&apos;s</source>
        <translation>Conservar el del sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="81"/>
        <source>Keep both</source>
        <translation>Conservar ambos</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="131"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="134"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="135"/>
        <source>The headline of the article as it appears on the site.</source>
        <translation>El titular del artículo tal como aparece en el sitio.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="136"/>
        <source>Headline as it appears on the site</source>
        <translation>El titular tal como aparece en el sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="138"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="141"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="142"/>
        <source>The last part of the article&apos;s web address: lower-case words joined by hyphens.</source>
        <translation>La última parte de la dirección web del artículo: palabras en minúscula unidas por guiones.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="143"/>
        <source>words-joined-by-hyphens</source>
        <translation>palabras-unidas-por-guiones</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="144"/>
        <source>From title</source>
        <translation>Desde el título</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="145"/>
        <source>Make the slug from the title</source>
        <translation>Crear el slug a partir del título</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="152"/>
        <source>S&amp;lug</source>
        <translation>S&amp;lug</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="156"/>
        <source>Teaser</source>
        <translation>Entradilla</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="157"/>
        <source>One or two sentences shown in listings and when the article is shared.</source>
        <translation>Una o dos frases que se muestran en los listados y al compartir el artículo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="158"/>
        <source>One or two sentences shown in listings and shares</source>
        <translation>Una o dos frases que se ven en listados y al compartir</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="164"/>
        <source>T&amp;easer</source>
        <translation>&amp;Entradilla</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="168"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="169"/>
        <source>Where the article stands: draft, pending review, ready or published.</source>
        <translation>En qué punto está el artículo: borrador, pendiente de revisión, listo o publicado.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="173"/>
        <source>&amp;Status</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="176"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="177"/>
        <source>The author&apos;s user name on the site.</source>
        <translation>El nombre de usuario del autor en el sitio.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="178"/>
        <source>User name on the site</source>
        <translation>Nombre de usuario en el sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="180"/>
        <source>A&amp;uthor</source>
        <translation>A&amp;utor</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="228"/>
        <source>Image not added</source>
        <translation>Imagen no añadida</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="240"/>
        <source>Choose the featured image</source>
        <translation>Elegir la imagen destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="240"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_widgets.py" line="64"/>
        <source>Empty: the site will make one from the title.</source>
        <translation>Vacío: el sitio creará uno a partir del título.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_widgets.py" line="66"/>
        <source>Use lower-case letters, digits and single hyphens only.</source>
        <translation>Use solo minúsculas, dígitos y guiones sueltos.</translation>
    </message>
</context>
<context>
    <name>NewArticleDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/new_article_dialog.py" line="43"/>
        <source>New article</source>
        <translation>Nuevo artículo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/new_article_dialog.py" line="49"/>
        <source>What the article is about</source>
        <translation>De qué trata el artículo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/new_article_dialog.py" line="52"/>
        <source>No region yet</source>
        <translation>Sin región por ahora</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/new_article_dialog.py" line="57"/>
        <source>Haiti, Dominican Republic</source>
        <translation>Haití, República Dominicana</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/new_article_dialog.py" line="58"/>
        <source>Countries the article is tagged with, separated by commas; the list suggests the names as you type.</source>
        <translation>Países con los que se etiqueta el artículo, separados por comas; la lista sugiere los nombres mientras escribe.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/new_article_dialog.py" line="67"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/new_article_dialog.py" line="68"/>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/new_article_dialog.py" line="69"/>
        <source>&amp;Countries</source>
        <translation>&amp;Países</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/new_article_dialog.py" line="74"/>
        <source>C&amp;reate</source>
        <translation>C&amp;rear</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/new_article_dialog.py" line="112"/>
        <source>Not in the list of countries: %1. Pick a suggestion, or add it later in the Article panel.</source>
        <translation>No está en la lista de países: %1. Elija una sugerencia o añádalo más tarde en el panel Artículo.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="54"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="54"/>
        <source>By</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="54"/>
        <source>Passage</source>
        <translation>Pasaje</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="55"/>
        <source>Notes on this article</source>
        <translation>Notas de este artículo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="56"/>
        <source>Each note with its replies, who wrote it and the passage it is about; activate one to select the passage.</source>
        <translation>Cada nota con sus respuestas, quién la escribió y el pasaje al que se refiere; actívela para seleccionar el pasaje.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="66"/>
        <source>&amp;Note on Selection…</source>
        <translation>&amp;Nota en la selección…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="67"/>
        <source>Re&amp;ply…</source>
        <translation>&amp;Responder…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="68"/>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="165"/>
        <source>Re&amp;solve</source>
        <translation>Re&amp;solver</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="69"/>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="84"/>
        <source>Open an article published to a site to see its notes.</source>
        <translation>Abra un artículo publicado en un sitio para ver sus notas.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="94"/>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="94"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="101"/>
        <source>passage gone: “%1”</source>
        <translation>el pasaje ya no está: «%1»</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="103"/>
        <source>line %1: “%2”</source>
        <translation>línea %1: «%2»</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="115"/>
        <source>%1 notes, %2 open</source>
        <translation>%1 notas, %2 abiertas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="117"/>
        <source>(%1 waiting to be sent)</source>
        <translation>(%1 esperando para enviarse)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="165"/>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../../src/sr_editor/gui/editor/outline.py" line="63"/>
        <source>Outline of the article&apos;s headings</source>
        <translation>Esquema de los encabezados del artículo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/outline.py" line="64"/>
        <source>Enter on a heading moves the editor&apos;s cursor to it.</source>
        <translation>Enter sobre un encabezado lleva el cursor del editor hasta él.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/outline.py" line="114"/>
        <location filename="../../src/sr_editor/gui/editor/outline.py" line="122"/>
        <source>Line {0}</source>
        <translation>Línea {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/outline.py" line="128"/>
        <source>No headings yet: start a line with ## to add one.</source>
        <translation>Aún no hay encabezados: empiece una línea con ## para añadir uno.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="77"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="87"/>
        <source>Writing</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="91"/>
        <source>Editor font</source>
        <translation>Fuente del editor</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="93"/>
        <source>The font the article text is written in.</source>
        <translation>La fuente en que se escribe el texto del artículo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="96"/>
        <source>Editor font size</source>
        <translation>Tamaño de la fuente del editor</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="98"/>
        <source>The size of the editor&apos;s font, in points.</source>
        <translation>El tamaño de la fuente del editor, en puntos.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="99"/>
        <source>Editor &amp;font</source>
        <translation>&amp;Fuente del editor</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="100"/>
        <source>%1 is not installed; the editor uses %2.</source>
        <translation>%1 no está instalada; el editor usa %2.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="106"/>
        <source>Font &amp;size</source>
        <translation>&amp;Tamaño de letra</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="107"/>
        <source>Save &amp;automatically while I write</source>
        <translation>Guardar &amp;automáticamente mientras escribo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="110"/>
        <source>Save the article by itself a moment after you stop typing.</source>
        <translation>Guardar el artículo automáticamente poco después de dejar de escribir.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="112"/>
        <source>Autosave pause</source>
        <translation>Pausa del guardado automático</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="116"/>
        <source>How long after the last keystroke the article is saved, in milliseconds.</source>
        <translation>Cuánto después de la última pulsación se guarda el artículo, en milisegundos.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="120"/>
        <source>Save after a pause of</source>
        <translation>Guardar tras una pausa de</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="121"/>
        <source>Check s&amp;pelling as I type</source>
        <translation>Revisar la &amp;ortografía al escribir</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="124"/>
        <source>Underline misspelt words in the editor.</source>
        <translation>Subrayar en el editor las palabras mal escritas.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="126"/>
        <source>Spelling language of new articles</source>
        <translation>Idioma de ortografía de los artículos nuevos</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="130"/>
        <source>The language new articles are checked in; each article can change it.</source>
        <translation>El idioma con que se revisan los artículos nuevos; cada artículo puede cambiarlo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="131"/>
        <source>Articles are &amp;written in</source>
        <translation>Los artículos se &amp;escriben en</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="132"/>
        <source>Maximum image width</source>
        <translation>Ancho máximo de imagen</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="136"/>
        <source>Inserted images wider than this are shrunk to this width, in pixels.</source>
        <translation>Las imágenes insertadas más anchas se reducen a este ancho, en píxeles.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="137"/>
        <source>Shrink images &amp;wider than</source>
        <translation>Reducir imágenes más an&amp;chas de</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="141"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="143"/>
        <source>Like the desktop</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="143"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="143"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="144"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="145"/>
        <source>&amp;Theme</source>
        <translation>Te&amp;ma</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="147"/>
        <source>Follow the desktop&apos;s colours, or always use light or dark colours.</source>
        <translation>Seguir los colores del escritorio o usar siempre colores claros u oscuros.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="148"/>
        <source>Dark preview too (otherwise it keeps the site&apos;s look)</source>
        <translation>Vista previa también oscura (si no, conserva el aspecto del sitio)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="151"/>
        <source>Show the preview in dark colours too when the theme is dark.</source>
        <translation>Mostrar también la vista previa en colores oscuros cuando el tema es oscuro.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="154"/>
        <source>Show the p&amp;review beside the editor</source>
        <translation>Mostrar la &amp;vista previa junto al editor</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="157"/>
        <source>Show the article as it will look on the site, beside the editor.</source>
        <translation>Mostrar el artículo tal como se verá en el sitio, junto al editor.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="161"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="162"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="164"/>
        <source>Takes effect the next time sr-editor starts.</source>
        <translation>Se aplica la próxima vez que se inicie sr-editor.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="166"/>
        <source>The language of menus and messages; takes effect the next time sr-editor starts.</source>
        <translation>El idioma de los menús y mensajes; se aplica la próxima vez que se inicie sr-editor.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="167"/>
        <source>&amp;Interface language</source>
        <translation>&amp;Idioma de la interfaz</translation>
    </message>
</context>
<context>
    <name>PreferencesUI</name>
    <message>
        <location filename="../../src/sr_editor/gui/window/preferences_ui.py" line="30"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../../src/sr_editor/gui/site/presence.py" line="127"/>
        <source>Could not check whether someone else is editing this post on %1; you can type, and it is checked again in a minute.</source>
        <translation>No se pudo comprobar si otra persona está editando esta entrada en %1; puedes escribir, y se comprueba de nuevo en un minuto.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/presence.py" line="181"/>
        <source>%1 is editing this post on %2 (since %3 UTC). Your changes stay here; publishing will ask first.</source>
        <translation>%1 está editando esta entrada en %2 (desde %3 UTC). Sus cambios se quedan aquí; al publicar se le preguntará antes.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/presence.py" line="183"/>
        <source>an unknown time</source>
        <translation>una hora desconocida</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/presence.py" line="217"/>
        <source>Someone else is editing</source>
        <translation>Otra persona está editando</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/presence.py" line="218"/>
        <source>%1

Publish anyway? Their next save on the site may overwrite yours, or yours theirs.</source>
        <translation>%1

¿Publicar de todos modos? Su próximo guardado en el sitio puede sobrescribir el suyo, o el suyo el de esa persona.</translation>
    </message>
</context>
<context>
    <name>PresenceBanner</name>
    <message>
        <location filename="../../src/sr_editor/gui/site/presence.py" line="54"/>
        <source>Who is editing</source>
        <translation>Quién está editando</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/presence.py" line="62"/>
        <source>Ta&amp;ke Over</source>
        <translation>Tomar el &amp;control</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/presence.py" line="64"/>
        <source>Take the post&apos;s lock as wp-admin&apos;s Take over does: the other person is told that you are editing it now.</source>
        <translation>Toma el bloqueo de la entrada como lo hace «Tomar el control» de wp-admin: a la otra persona se le avisa de que ahora la editas tú.</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <location filename="../../src/sr_editor/gui/preview/preview.py" line="30"/>
        <source>Remote image not loaded</source>
        <translation>Imagen remota no cargada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/preview/preview.py" line="47"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/preview/preview.py" line="48"/>
        <source>The article as it will look on the site, read-only. Arrow keys move a caret through the text; Tab moves between links.</source>
        <translation>El artículo tal como se verá en el sitio, solo lectura. Las flechas mueven un cursor por el texto; Tab pasa de un enlace a otro.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/preview/preview.py" line="144"/>
        <source>Image not shown: not a file of this article</source>
        <translation>Imagen no mostrada: no es un archivo de este artículo</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../src/sr_editor/gui/panels/problems_panel.py" line="35"/>
        <source>line {0}</source>
        <translation>línea {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/problems_panel.py" line="45"/>
        <source>No problems</source>
        <translation>Sin problemas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/problems_panel.py" line="48"/>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/problems_panel.py" line="49"/>
        <source>{0} errors</source>
        <translation>{0} errores</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/problems_panel.py" line="51"/>
        <source>1 warning</source>
        <translation>1 aviso</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/problems_panel.py" line="52"/>
        <source>{0} warnings</source>
        <translation>{0} avisos</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/problems_panel.py" line="64"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/problems_panel.py" line="70"/>
        <source>Problems of the open article</source>
        <translation>Problemas del artículo abierto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/problems_panel.py" line="71"/>
        <source>Enter or a click moves the cursor to where the problem is.</source>
        <translation>Enter o un clic llevan el cursor al lugar del problema.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/problems_panel.py" line="102"/>
        <source>Explained in %1</source>
        <translation>Explicado en %1</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/problems_panel.py" line="106"/>
        <source>Nothing to fix: every check passes.</source>
        <translation>Nada que corregir: supera todas las comprobaciones.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="53"/>
        <source>Draft on the site (not public)</source>
        <translation>Borrador en el sitio (no público)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="54"/>
        <source>Save as draft</source>
        <translation>Guardar como borrador</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="55"/>
        <source>Submit for review (pending)</source>
        <translation>Enviar a revisión (pendiente)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="56"/>
        <source>Submit for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="57"/>
        <source>Publish now</source>
        <translation>Publicar ahora</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="58"/>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="115"/>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="161"/>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="59"/>
        <source>Schedule for a date</source>
        <translation>Programar para una fecha</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="60"/>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="63"/>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="64"/>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="65"/>
        <source>Submitted for review</source>
        <translation>Enviada a revisión</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="66"/>
        <source>Saved as a draft</source>
        <translation>Guardada como borrador</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="146"/>
        <source>Untitled article</source>
        <translation>Artículo sin título</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="171"/>
        <source>Where and how</source>
        <translation>Dónde y cómo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="176"/>
        <source>The site the article is published on.</source>
        <translation>El sitio en que se publica el artículo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="183"/>
        <source>Publish now, schedule, send for review or keep as a draft on the site.</source>
        <translation>Publicar ahora, programar, enviar a revisión o dejar como borrador en el sitio.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="189"/>
        <source>When a scheduled article appears on the site.</source>
        <translation>Cuándo aparece en el sitio un artículo programado.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="195"/>
        <source>No site yet: add one under Publish ▸ Sites…</source>
        <translation>Aún no hay sitios: añada uno en Publicar ▸ Sitios…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="198"/>
        <source>&amp;Site:</source>
        <translation>&amp;Sitio:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="199"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="200"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="201"/>
        <source>Create &amp;new tags on the site for countries it lacks</source>
        <translation>Crear etiquetas &amp;nuevas en el sitio para los países que no tiene</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="204"/>
        <source>Without this, publishing stops when a country is not yet a tag on the site, so a typo never becomes a new tag.</source>
        <translation>Sin esto, la publicación se detiene si un país aún no es una etiqueta del sitio, así una errata nunca se convierte en etiqueta nueva.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="221"/>
        <source>Step %v of %m</source>
        <translation>Paso %v de %m</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="223"/>
        <source>Publishing steps</source>
        <translation>Pasos de la publicación</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="225"/>
        <source>The steps of publishing, each ticked when done.</source>
        <translation>Los pasos de la publicación, cada uno marcado al terminar.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="226"/>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="368"/>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="388"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="257"/>
        <source>Submit for review instead</source>
        <translation>Enviar a revisión en su lugar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="260"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="326"/>
        <source>Choose a time at least two minutes ahead; WordPress publishes earlier times at once.</source>
        <translation>Elija una hora al menos dos minutos más tarde; WordPress publica enseguida las horas anteriores.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="339"/>
        <source>Publishing to &lt;b&gt;%1&lt;/b&gt;…</source>
        <translation>Publicando en &lt;b&gt;%1&lt;/b&gt;…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="468"/>
        <source>Take the post off the site?</source>
        <translation>¿Retirar la entrada del sitio?</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="469"/>
        <source>This post is public on %1. Saving it as a draft or for review takes it off the site until it is published again. Continue?</source>
        <translation>Esta entrada es pública en %1. Guardarla como borrador o para revisión la retira del sitio hasta que se publique de nuevo. ¿Continuar?</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="353"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="376"/>
        <source>View the post</source>
        <translation>Ver la entrada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="376"/>
        <source>Preview on the site</source>
        <translation>Vista previa en el sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="382"/>
        <source>Published despite: %1</source>
        <translation>Publicada a pesar de: %1</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="399"/>
        <source>&lt;p&gt;&lt;b&gt;Publishing was stopped&lt;/b&gt; after step %1.&lt;/p&gt;&lt;p&gt;What was already sent is recorded in the article, so publishing again is safe: no image or post is sent twice.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;La publicación se detuvo&lt;/b&gt; tras el paso %1.&lt;/p&gt;&lt;p&gt;Lo ya enviado queda registrado en el artículo, así que volver a publicar es seguro: ninguna imagen ni entrada se envía dos veces.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="433"/>
        <source>Nothing was sent; the post on the site is unchanged.</source>
        <translation>No se envió nada; la entrada del sitio no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="442"/>
        <source>Fetching the site&apos;s version…</source>
        <translation>Obteniendo la versión del sitio…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="448"/>
        <source>&lt;p&gt;&lt;b&gt;The site&apos;s version is kept.&lt;/b&gt; Nothing was sent.&lt;/p&gt;&lt;p&gt;Your article &lt;b&gt;%1&lt;/b&gt; now holds the site&apos;s version; your own text is in the local history (File ▸ History…).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Se conserva la versión del sitio.&lt;/b&gt; No se envió nada.&lt;/p&gt;&lt;p&gt;Su artículo &lt;b&gt;%1&lt;/b&gt; contiene ahora la versión del sitio; su propio texto está en el historial local (Archivo ▸ Historial…).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PublishUi</name>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_ui.py" line="70"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_ui.py" line="72"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicar…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_ui.py" line="73"/>
        <source>Submit for &amp;review…</source>
        <translation>Enviar a &amp;revisión…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_ui.py" line="76"/>
        <source>&amp;Sites…</source>
        <translation>&amp;Sitios…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_ui.py" line="94"/>
        <source>Open an article that can be saved to publish it.</source>
        <translation>Abra un artículo que se pueda guardar para publicarlo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_ui.py" line="101"/>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_ui.py" line="165"/>
        <source>The article is no longer open; close this dialog and try again.</source>
        <translation>El artículo ya no está abierto; cierre este diálogo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_ui.py" line="167"/>
        <source>%1 could not be saved, so it was not published; your text is kept in a recovery copy.</source>
        <translation>No se pudo guardar %1, así que no se publicó; su texto se conserva en una copia de recuperación.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_ui.py" line="220"/>
        <source>Password for %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_ui.py" line="221"/>
        <source>Application Password of %1 on %2 (kept until you quit):</source>
        <translation>Contraseña de aplicación de %1 en %2 (se guarda hasta que salga):</translation>
    </message>
</context>
<context>
    <name>QueueController</name>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_controller.py" line="154"/>
        <source>Type a description, or mark the image decorative (Ctrl+D).</source>
        <translation>Escriba una descripción o marque la imagen como decorativa (Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_writes.py" line="71"/>
        <source>The article is open read-only (it could not be read safely); fix it before describing its images.</source>
        <translation>El artículo está abierto en solo lectura (no se pudo leer con seguridad); corríjalo antes de describir sus imágenes.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_writes.py" line="84"/>
        <source>Written into the open article&apos;s featured image.</source>
        <translation>Escrito en la imagen destacada del artículo abierto.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_writes.py" line="87"/>
        <source>Written into the open article (Edit ▸ Undo takes it back).</source>
        <translation>Escrito en el artículo abierto (Editar ▸ Deshacer lo revierte).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_controller.py" line="190"/>
        <source>%1: %2 sent, %3 failed</source>
        <translation>%1: %2 enviadas, %3 fallidas</translation>
    </message>
</context>
<context>
    <name>QueueUi</name>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_ui.py" line="38"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_ui.py" line="58"/>
        <source>&amp;Alt-text queue…</source>
        <translation>&amp;Cola de texto alternativo…</translation>
    </message>
</context>
<context>
    <name>QueueWindow</name>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="94"/>
        <source>Alt-text queue</source>
        <translation>Cola de texto alternativo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="118"/>
        <source>Text around the image</source>
        <translation>Texto alrededor de la imagen</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="119"/>
        <source>The paragraphs of the article before and after the image.</source>
        <translation>Los párrafos del artículo antes y después de la imagen.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="122"/>
        <source>Describe what the image shows…</source>
        <translation>Describa lo que muestra la imagen…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="123"/>
        <source>The alt text of the image shown. Enter saves it and moves to the next image; Ctrl+Enter skips; Ctrl+D marks it decorative.</source>
        <translation>El texto alternativo de la imagen mostrada. Enter lo guarda y pasa a la siguiente imagen; Ctrl+Enter la salta; Ctrl+D la marca como decorativa.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="129"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="149"/>
        <source>Save &amp;&amp; next (Enter)</source>
        <translation>Guardar y seguir (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="150"/>
        <source>Skip (Ctrl+Enter)</source>
        <translation>Saltar (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="151"/>
        <source>Decorative (Ctrl+D)</source>
        <translation>Decorativa (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="152"/>
        <source>Back (Alt+←)</source>
        <translation>Atrás (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="165"/>
        <source>Used in published posts</source>
        <translation>Usadas en entradas publicadas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="166"/>
        <source>S&amp;ync</source>
        <translation>Si&amp;ncronizar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="167"/>
        <source>Cancel sync</source>
        <translation>Cancelar la sincronización</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="171"/>
        <source>List only the images from this source.</source>
        <translation>Listar solo las imágenes de este origen.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="172"/>
        <source>List only the images of articles of this region.</source>
        <translation>Listar solo las imágenes de artículos de esta región.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="173"/>
        <source>List only the images of articles with this status.</source>
        <translation>Listar solo las imágenes de artículos con este estado.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="175"/>
        <source>List only the images used in posts already published on the site.</source>
        <translation>Listar solo las imágenes usadas en entradas ya publicadas en el sitio.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="176"/>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="176"/>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="177"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="231"/>
        <source>No site yet: add one under Publish ▸ Sites…</source>
        <translation>Aún no hay sitios: añada uno en Publicar ▸ Sitios…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="251"/>
        <source>Credit: %1</source>
        <translation>Crédito: %1</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="252"/>
        <source>Caption: %1</source>
        <translation>Pie de foto: %1</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="263"/>
        <source>Loading the queue…</source>
        <translation>Cargando la cola…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="263"/>
        <source>No image left to describe here.</source>
        <translation>No quedan imágenes por describir aquí.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="278"/>
        <source>No picture kept for this image yet: it is fetched when the site answers.</source>
        <translation>Aún no hay copia de esta imagen: se descarga cuando el sitio responda.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="282"/>
        <source>Loading the image…</source>
        <translation>Cargando la imagen…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="285"/>
        <source>This image file cannot be shown.</source>
        <translation>Este archivo de imagen no se puede mostrar.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="323"/>
        <source>%1 of %2 left</source>
        <translation>Quedan %1 de %2</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="327"/>
        <source>Marked decorative.</source>
        <translation>Marcada como decorativa.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="329"/>
        <source>Current alt: “%1” — %2</source>
        <translation>Texto alternativo actual: «%1» — %2</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="332"/>
        <source>No alt text.</source>
        <translation>Sin texto alternativo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="338"/>
        <source>Waiting to be sent (sync when online).</source>
        <translation>En espera de envío (sincronice cuando tenga conexión).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="338"/>
        <source>Sent.</source>
        <translation>Enviado.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="339"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="339"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="342"/>
        <source>Not sent: </source>
        <translation>No enviado: </translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="344"/>
        <source>Waiting to be sent again: </source>
        <translation>En espera de un nuevo envío: </translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="356"/>
        <source>Looks good.</source>
        <translation>Está bien.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="365"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="366"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="367"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="374"/>
        <source>Local articles</source>
        <translation>Artículos locales</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="430"/>
        <source>featured image</source>
        <translation>imagen destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="430"/>
        <source>in the text</source>
        <translation>en el texto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="431"/>
        <source>no region</source>
        <translation>sin región</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="431"/>
        <source>[ the image ]</source>
        <translation>[ la imagen ]</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="432"/>
        <source>Not used in any article.</source>
        <translation>No se usa en ningún artículo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="433"/>
        <source>image %1 of the media library</source>
        <translation>imagen %1 de la biblioteca de medios</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/recovery_dialog.py" line="34"/>
        <source>Recover unsaved work</source>
        <translation>Recuperar trabajo sin guardar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/recovery_dialog.py" line="41"/>
        <source>sr-editor did not close normally. This text had not been saved yet. Ticked articles are restored into the editor; untick what you want to throw away.</source>
        <translation>sr-editor no se cerró con normalidad. Este texto aún no se había guardado. Los artículos marcados se restauran en el editor; desmarque lo que quiera descartar.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/recovery_dialog.py" line="48"/>
        <source>Unsaved articles</source>
        <translation>Artículos sin guardar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/recovery_dialog.py" line="50"/>
        <source>Articles with text that was not saved when sr-editor stopped; choose one to see its text.</source>
        <translation>Artículos con texto que no se guardó cuando sr-editor se detuvo; elija uno para ver su texto.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/recovery_dialog.py" line="51"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/recovery_dialog.py" line="51"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/recovery_dialog.py" line="51"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/recovery_dialog.py" line="57"/>
        <source>Text of the selected unsaved article</source>
        <translation>Texto del artículo sin guardar seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/recovery_dialog.py" line="59"/>
        <source>The unsaved text of the selected article, read-only.</source>
        <translation>El texto sin guardar del artículo elegido, solo lectura.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/recovery_dialog.py" line="67"/>
        <source>&amp;Restore ticked, discard the rest</source>
        <translation>&amp;Restaurar los marcados, descartar el resto</translation>
    </message>
</context>
<context>
    <name>RegionsSection</name>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="30"/>
        <source>Regions and countries</source>
        <translation>Regiones y países</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="37"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="38"/>
        <source>The world regions the article is filed under; Space ticks or unticks the current one.</source>
        <translation>Las regiones del mundo en que se clasifica el artículo; Espacio marca o desmarca la actual.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="41"/>
        <source>&amp;Regions</source>
        <translation>&amp;Regiones</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="43"/>
        <source>Add a country tag</source>
        <translation>Añadir una etiqueta de país</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="44"/>
        <source>Type a country&apos;s name and press Enter to tag the article with it.</source>
        <translation>Escriba el nombre de un país y pulse Enter para etiquetar el artículo con él.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="45"/>
        <source>Type a country, press Enter</source>
        <translation>Escriba un país y pulse Enter</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="52"/>
        <source>&amp;Countries</source>
        <translation>&amp;Países</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="58"/>
        <source>Country tags</source>
        <translation>Etiquetas de país</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="59"/>
        <source>The countries the article is tagged with; Delete removes the selected one.</source>
        <translation>Los países con que está etiquetado el artículo; Supr quita el seleccionado.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="65"/>
        <source>Select a tag and press Delete to remove it</source>
        <translation>Seleccione una etiqueta y pulse Supr para quitarla</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="84"/>
        <source>Tick it</source>
        <translation>Marcarla</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="87"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="161"/>
        <source>{0} is in {1}. Tick that region too?</source>
        <translation>{0} está en {1}. ¿Marcar también esa región?</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="162"/>
        <source>Tick the region {0}</source>
        <translation>Marcar la región {0}</translation>
    </message>
</context>
<context>
    <name>ReviewUi</name>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="163"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="182"/>
        <source>&amp;Notes Panel</source>
        <translation>Panel de &amp;notas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="189"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="190"/>
        <source>&amp;Request Changes…</source>
        <translation>Pedir ca&amp;mbios…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="191"/>
        <source>Add a N&amp;ote on the Selection…</source>
        <translation>Añadir una n&amp;ota a la selección…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="192"/>
        <source>Site Re&amp;visions…</source>
        <translation>&amp;Revisiones del sitio…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="245"/>
        <source>The open article is not on any site yet: it has no notes.</source>
        <translation>El artículo abierto aún no está en ningún sitio: no tiene notas.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="249"/>
        <source>Reading the notes on %1…</source>
        <translation>Leyendo las notas en %1…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="250"/>
        <source>the post</source>
        <translation>la entrada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="275"/>
        <source>%1 cannot be reached; %2 notes wait to be sent at the next refresh.</source>
        <translation>No se puede llegar a %1; %2 notas esperan a enviarse en la próxima actualización.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="281"/>
        <source>Changes requested: %1</source>
        <translation>Cambios pedidos: %1</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="284"/>
        <source>%1 notes were refused by the site and are kept in the outbox: %2</source>
        <translation>El sitio rechazó %1 notas; se guardan en la bandeja de salida: %2</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="295"/>
        <source>The open article is not on any site yet: notes need a post.</source>
        <translation>El artículo abierto aún no está en ningún sitio: las notas necesitan una entrada.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="307"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="307"/>
        <source>Note on “%1”:</source>
        <translation>Nota sobre «%1»:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="308"/>
        <source>Note on the article:</source>
        <translation>Nota sobre el artículo:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="313"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="313"/>
        <source>Your reply:</source>
        <translation>Su respuesta:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="324"/>
        <source>The open article is not on any site yet: there is nothing to approve.</source>
        <translation>El artículo abierto aún no está en ningún sitio: no hay nada que aprobar.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="329"/>
        <source>post %1 on %2</source>
        <translation>la entrada %1 en %2</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="334"/>
        <source>Approving post %1…</source>
        <translation>Aprobando la entrada %1…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="341"/>
        <source>The open article is not on any site yet: there is nothing to review.</source>
        <translation>El artículo abierto aún no está en ningún sitio: no hay nada que revisar.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="346"/>
        <source>What should change in “%1”?</source>
        <translation>¿Qué debe cambiar en «%1»?</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="347"/>
        <source>What should change? The post goes back to its writer as a draft.</source>
        <translation>¿Qué debe cambiar? La entrada vuelve a su autor como borrador.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="348"/>
        <source>Request Changes</source>
        <translation>Pedir cambios</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="361"/>
        <source>Sending post %1 back with a note…</source>
        <translation>Devolviendo la entrada %1 con una nota…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="365"/>
        <source>published</source>
        <translation>publicada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="365"/>
        <source>scheduled for %1 UTC</source>
        <translation>programada para el %1 UTC</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="366"/>
        <source>sent back to its writer as a draft</source>
        <translation>devuelta a su autor como borrador</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="368"/>
        <source>Post %1 on %2: %3.</source>
        <translation>Entrada %1 en %2: %3.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="379"/>
        <source>The open article is not on any site yet: it has no site revisions.</source>
        <translation>El artículo abierto aún no está en ningún sitio: no tiene revisiones del sitio.</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/site/revisions_dialog.py" line="63"/>
        <source>Revisions on %1</source>
        <translation>Revisiones en %1</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/revisions_dialog.py" line="67"/>
        <source>&lt;span style=&apos;%1&apos;&gt;crossed out red&lt;/span&gt;: only in your text; &lt;span style=&apos;%2&apos;&gt;green&lt;/span&gt;: only in the revision.</source>
        <translation>&lt;span style=&apos;%1&apos;&gt;tachado en rojo&lt;/span&gt;: solo en su texto; &lt;span style=&apos;%2&apos;&gt;verde&lt;/span&gt;: solo en la revisión.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/revisions_dialog.py" line="74"/>
        <source>Revisions, newest first</source>
        <translation>Revisiones, la más reciente primero</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/revisions_dialog.py" line="77"/>
        <source>%1 UTC — %2</source>
        <translation>%1 UTC — %2</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/revisions_dialog.py" line="81"/>
        <source>Differences with your text, word by word</source>
        <translation>Diferencias con su texto, palabra por palabra</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/revisions_dialog.py" line="87"/>
        <source>&amp;Restore as Local Text</source>
        <translation>&amp;Restaurar como texto local</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/revisions_dialog.py" line="98"/>
        <source>The site keeps no revisions of this post.</source>
        <translation>El sitio no guarda revisiones de esta entrada.</translation>
    </message>
</context>
<context>
    <name>ScreenReaderDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="64"/>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="65"/>
        <source>Read as a screen reader</source>
        <translation>Leer como un lector de pantalla</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="70"/>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="110"/>
        <source>Reading the article…</source>
        <translation>Leyendo el artículo…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="75"/>
        <source>What a screen reader announces, in order</source>
        <translation>Lo que anuncia un lector de pantalla, en orden</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="76"/>
        <source>The headings, as screen readers list them</source>
        <translation>Los encabezados, como los listan los lectores de pantalla</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="77"/>
        <source>The links, as screen readers list them</source>
        <translation>Los enlaces, como los listan los lectores de pantalla</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="78"/>
        <source>&amp;Reading</source>
        <translation>&amp;Lectura</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="79"/>
        <source>&amp;Headings</source>
        <translation>&amp;Encabezados</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="80"/>
        <source>&amp;Links</source>
        <translation>E&amp;nlaces</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="83"/>
        <source>Read &amp;again</source>
        <translation>Leer de &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="126"/>
        <source>The article cannot be read: %1</source>
        <translation>No se puede leer el artículo: %1</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="132"/>
        <source>Read in %1, the article&apos;s language: %2 headings, %3 links.</source>
        <translation>Leído en %1, el idioma del artículo: %2 encabezados, %3 enlaces.</translation>
    </message>
</context>
<context>
    <name>ShownWords</name>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="14"/>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="22"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="15"/>
        <source>Pending review</source>
        <translation>Pendiente de revisión</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="16"/>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="24"/>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="17"/>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="25"/>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="18"/>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="26"/>
        <source>Private</source>
        <translation>Privada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="23"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="29"/>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="30"/>
        <source>updated</source>
        <translation>actualizado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="31"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="32"/>
        <source>changed on both sides</source>
        <translation>cambiado en ambos lados</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="35"/>
        <source>save</source>
        <translation>guardado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="36"/>
        <source>autosave</source>
        <translation>guardado automático</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="37"/>
        <source>restore</source>
        <translation>restauración</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="38"/>
        <source>alt text</source>
        <translation>texto alternativo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="42"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="43"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="44"/>
        <source>Teaser</source>
        <translation>Entradilla</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="45"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="46"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="47"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="48"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="49"/>
        <source>Featured image</source>
        <translation>Imagen destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="50"/>
        <source>Featured image alt text</source>
        <translation>Texto alternativo de la imagen destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="51"/>
        <source>Featured image credit</source>
        <translation>Crédito de la imagen destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="52"/>
        <source>Featured image caption</source>
        <translation>Pie de la imagen destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="55"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="55"/>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
</context>
<context>
    <name>SiteConflictDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/publish/site_conflict_dialog.py" line="41"/>
        <source>Changed on the site</source>
        <translation>Modificada en el sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/site_conflict_dialog.py" line="62"/>
        <location filename="../../src/sr_editor/gui/publish/site_conflict_dialog.py" line="72"/>
        <source>Differences between the site&apos;s post and your article</source>
        <translation>Diferencias entre la entrada del sitio y su artículo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/site_conflict_dialog.py" line="50"/>
        <source>&lt;p&gt;Below, word by word: &lt;span style=&apos;%1&apos;&gt;crossed out red&lt;/span&gt; is only in yours, &lt;span style=&apos;%2&apos;&gt;green&lt;/span&gt; only on the site.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Abajo, palabra por palabra: lo &lt;span style=&apos;%1&apos;&gt;tachado en rojo&lt;/span&gt; solo está en el suyo, lo &lt;span style=&apos;%2&apos;&gt;verde&lt;/span&gt; solo en el sitio.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/site_conflict_dialog.py" line="53"/>
        <source>&lt;p&gt;Below, lines starting with − are on the site only, lines with + are yours.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Abajo, las líneas que empiezan por − solo están en el sitio; las que empiezan por +, en el suyo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/site_conflict_dialog.py" line="55"/>
        <source>&lt;p&gt;&lt;b&gt;%1 changed this post on %2 at %3 UTC&lt;/b&gt;, after you last published it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 modificó esta entrada en %2 el %3 UTC&lt;/b&gt;, después de su última publicación.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/site_conflict_dialog.py" line="64"/>
        <source>The lines of HTML that differ between the site&apos;s post and your article.</source>
        <translation>Las líneas de HTML que difieren entre la entrada del sitio y su artículo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/site_conflict_dialog.py" line="74"/>
        <source>Each field of your article and of the site&apos;s post, with the words that differ marked.</source>
        <translation>Cada campo de su artículo y de la entrada del sitio, con las palabras que difieren marcadas.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/site_conflict_dialog.py" line="81"/>
        <source>&lt;b&gt;Keep the site&apos;s version&lt;/b&gt; sends nothing: your article becomes the site&apos;s version and your own text goes to the local history (File ▸ History…).</source>
        <translation>&lt;b&gt;Conservar la versión del sitio&lt;/b&gt; no envía nada: su artículo pasa a ser la versión del sitio y su propio texto va al historial local (Archivo ▸ Historial…).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/site_conflict_dialog.py" line="87"/>
        <source>&amp;Overwrite the site&apos;s version</source>
        <translation>&amp;Sobrescribir la versión del sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/site_conflict_dialog.py" line="88"/>
        <source>&amp;Keep the site&apos;s version</source>
        <translation>&amp;Conservar la versión del sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/site_conflict_dialog.py" line="89"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SitePanel</name>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="30"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="30"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="31"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="31"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="32"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="32"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="72"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="73"/>
        <source>The site whose posts are listed below.</source>
        <translation>El sitio cuyas entradas se listan abajo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="74"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="82"/>
        <source>Which posts</source>
        <translation>Qué entradas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="84"/>
        <source>List all posts, only those pending review, scheduled ones or recently changed ones.</source>
        <translation>Listar todas las entradas, solo las pendientes de revisión, las programadas o las cambiadas hace poco.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="85"/>
        <source>All listed</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="85"/>
        <source>Pending review</source>
        <translation>Pendientes de revisión</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="86"/>
        <source>Scheduled</source>
        <translation>Programadas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="86"/>
        <source>Recently changed</source>
        <translation>Cambiadas hace poco</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="90"/>
        <source>Filter by title, author or region</source>
        <translation>Filtrar por título, autor o región</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="92"/>
        <source>Filter the site&apos;s posts</source>
        <translation>Filtrar las entradas del sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="94"/>
        <source>Only posts whose title, author or region contain these words stay in the list.</source>
        <translation>Solo quedan en la lista las entradas cuyo título, autor o región contienen estas palabras.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="109"/>
        <source>Posts on the site</source>
        <translation>Entradas del sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="110"/>
        <source>Choose a post, then Compare or Open it.</source>
        <translation>Elija una entrada y luego Compárela o Ábrala.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="137"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="139"/>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="141"/>
        <source>A&amp;pprove…</source>
        <translation>A&amp;probar…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="143"/>
        <source>Request C&amp;hanges…</source>
        <translation>Pedir camb&amp;ios…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="174"/>
        <source>No site yet: add one under Publish ▸ Sites…</source>
        <translation>Aún no hay sitios: añada uno en Publicar ▸ Sitios…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="186"/>
        <source>%1 posts, %2 awaiting review</source>
        <translation>%1 entradas, %2 esperan revisión</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="199"/>
        <source>Choose a post first.</source>
        <translation>Elija primero una entrada.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="212"/>
        <source>{0} E, {1} W</source>
        <comment>errors, warnings</comment>
        <translation>{0} E, {1} A</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="214"/>
        <source>Changes requested</source>
        <translation>Cambios pedidos</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="226"/>
        <source>{0} — post {1}</source>
        <translation>{0} — entrada {1}</translation>
    </message>
</context>
<context>
    <name>SiteUi</name>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="44"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="73"/>
        <source>S&amp;ite</source>
        <translation>S&amp;itio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="76"/>
        <source>Site &amp;Panel</source>
        <translation>&amp;Panel del sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="82"/>
        <source>&amp;Compare with the Site…</source>
        <translation>&amp;Comparar con el sitio…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="83"/>
        <source>&amp;Merge the Site&apos;s Version…</source>
        <translation>&amp;Fusionar la versión del sitio…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="85"/>
        <source>&amp;Take the Site&apos;s Version</source>
        <translation>&amp;Tomar la versión del sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="115"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="134"/>
        <source>The open article could not be saved, so nothing was pulled.</source>
        <translation>No se pudo guardar el artículo abierto, así que no se descargó nada.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="136"/>
        <source>Pulling post %1 from %2…</source>
        <translation>Descargando la entrada %1 de %2…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="159"/>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="261"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="167"/>
        <source>Changed on both sides</source>
        <translation>Modificado en ambos lados</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="168"/>
        <source>This article was changed here and on %1 since the last sync. Your text is kept and the site&apos;s version is in the local history. Merge them now?</source>
        <translation>Este artículo cambió aquí y en %1 desde la última sincronización. Su texto se conserva y la versión del sitio está en el historial local. ¿Fusionarlos ahora?</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="186"/>
        <source>The open article is not on any site yet: there is nothing to compare.</source>
        <translation>El artículo abierto aún no está en ningún sitio: no hay nada que comparar.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="202"/>
        <source>(not in this workspace)</source>
        <translation>(no está en este espacio de trabajo)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="206"/>
        <source>Reading post %1 from %2…</source>
        <translation>Leyendo la entrada %1 de %2…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="238"/>
        <source>The open article is not on any site yet: there is no site version.</source>
        <translation>El artículo abierto aún no está en ningún sitio: no hay versión del sitio.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="241"/>
        <source>Take the Site&apos;s Version</source>
        <translation>Tomar la versión del sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="242"/>
        <source>Replace your text with the version on %1? Yours goes to the local history.</source>
        <translation>¿Reemplazar su texto por la versión de %1? El suyo pasa al historial local.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="273"/>
        <source>No version from the site waits to be merged into this article.</source>
        <translation>No hay ninguna versión del sitio pendiente de fusionar en este artículo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="304"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="307"/>
        <source>Merged; publish to send the result to %1.</source>
        <translation>Fusionado; publique para enviar el resultado a %1.</translation>
    </message>
</context>
<context>
    <name>SitesDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="204"/>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="221"/>
        <source>Site profiles</source>
        <translation>Perfiles de sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="223"/>
        <source>The sites you can publish to; choose one to test, edit or remove it.</source>
        <translation>Los sitios en que puede publicar; elija uno para probarlo, editarlo o quitarlo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="227"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="228"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="255"/>
        <source>What the connection test found</source>
        <translation>Lo que encontró la prueba de conexión</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="257"/>
        <source>What the last connection test found, one finding a line.</source>
        <translation>Lo que encontró la última prueba de conexión, un resultado por línea.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="261"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="262"/>
        <source>Update &amp;categories and tags</source>
        <translation>Actualizar &amp;categorías y etiquetas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="308"/>
        <source>No sites yet</source>
        <translation>Aún no hay sitios</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="309"/>
        <source>Add the WordPress site you publish to, with your username and an Application Password.</source>
        <translation>Añada el sitio WordPress donde publica, con su usuario y una contraseña de aplicación.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="313"/>
        <source>%1&lt;br&gt;Username: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1&lt;br&gt;Usuario: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="348"/>
        <source>Logged in as %1, role: %2.</source>
        <translation>Sesión iniciada como %1, perfil: %2.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="359"/>
        <source>Remove site</source>
        <translation>Quitar el sitio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="360"/>
        <source>Remove %1 and delete its password from the keyring? Articles keep their links to posts on it.</source>
        <translation>¿Quitar %1 y borrar su contraseña del llavero? Los artículos conservan sus enlaces a las entradas de ese sitio.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="396"/>
        <source>Password for %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="397"/>
        <source>No password for %1 is stored on this computer. Application Password of %2 on %1 (kept until you quit):</source>
        <translation>No hay ninguna contraseña de %1 guardada en este equipo. Contraseña de aplicación de %2 en %1 (se conserva hasta que salga):</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="413"/>
        <source>%1 categories and %2 tags are now available offline.</source>
        <translation>%1 categorías y %2 etiquetas ya están disponibles sin conexión.</translation>
    </message>
</context>
<context>
    <name>SpellingUI</name>
    <message>
        <location filename="../../src/sr_editor/gui/spelling/spelling_ui.py" line="206"/>
        <source>Could not save the word list {0}: {1}</source>
        <translation>No se pudo guardar la lista de palabras {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/spelling/spelling_ui.py" line="262"/>
        <source>No suggestions</source>
        <translation>Sin sugerencias</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/spelling/spelling_ui.py" line="265"/>
        <source>Add “{0}” to my dictionary</source>
        <translation>Añadir «{0}» a mi diccionario</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/spelling/spelling_ui.py" line="270"/>
        <source>Add to the workspace&apos;s word list</source>
        <translation>Añadir a la lista de palabras del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/spelling/spelling_ui.py" line="274"/>
        <source>Ignore “{0}”</source>
        <translation>Ignorar «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/spelling/spelling_ui.py" line="281"/>
        <source>Spelling</source>
        <translation>Ortografía</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/spelling/spelling_ui.py" line="283"/>
        <source>Check spelling as I type</source>
        <translation>Revisar la ortografía al escribir</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/spelling/spelling_ui.py" line="79"/>
        <source>Spelling language of this article</source>
        <translation>Idioma de ortografía de este artículo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/spelling/spelling_ui.py" line="307"/>
        <source>{0} (no dictionary)</source>
        <translation>{0} (sin diccionario)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/spelling/spelling_ui.py" line="308"/>
        <source>Spelling language of this article: {0}. Click to change it.</source>
        <translation>Idioma de ortografía de este artículo: {0}. Haga clic para cambiarlo.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/trash_dialog.py" line="59"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/trash_dialog.py" line="68"/>
        <source>Deleted articles</source>
        <translation>Artículos eliminados</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/trash_dialog.py" line="70"/>
        <source>Articles moved to the trash; choose one and restore it.</source>
        <translation>Artículos movidos a la papelera; elija uno y restáurelo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/trash_dialog.py" line="71"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/trash_dialog.py" line="71"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/trash_dialog.py" line="71"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/trash_dialog.py" line="82"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/trash_dialog.py" line="100"/>
        <source>The trash folder cannot be read ({0}).</source>
        <translation>No se puede leer la carpeta de la papelera ({0}).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/trash_dialog.py" line="103"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/trash_dialog.py" line="110"/>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/trash_dialog.py" line="124"/>
        <source>Article not restored</source>
        <translation>Artículo no restaurado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/trash_dialog.py" line="129"/>
        <source>Restored: {0}</source>
        <translation>Restaurado: {0}</translation>
    </message>
</context>
<context>
    <name>WindowController</name>
    <message>
        <location filename="../../src/sr_editor/gui/window/controller.py" line="155"/>
        <source>This article cannot be read: %1. The whole file is shown: fix it here and save (Ctrl+S) to read it again.</source>
        <translation>Este artículo no se puede leer: %1. Se muestra el archivo entero: corríjalo aquí y guarde (Ctrl+S) para volver a leerlo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/controller.py" line="193"/>
        <source>This article cannot be read, so there is nothing to preview.</source>
        <translation>Este artículo no se puede leer, así que no hay nada que previsualizar.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/controller.py" line="293"/>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/controller.py" line="210"/>
        <source>1 word</source>
        <translation>1 palabra</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/controller.py" line="210"/>
        <source>{0} words</source>
        <translation>{0} palabras</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/controller.py" line="211"/>
        <source>{0} min read</source>
        <translation>{0} min de lectura</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/controller.py" line="218"/>
        <source>Cannot be read</source>
        <translation>No se puede leer</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/controller.py" line="220"/>
        <source>Not saved: changed on disk</source>
        <translation>Sin guardar: cambió en el disco</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/controller.py" line="222"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/controller.py" line="222"/>
        <location filename="../../src/sr_editor/gui/window/controller.py" line="237"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>WorkspaceMenu</name>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/workspace_menu.py" line="34"/>
        <source>Open &amp;workspace…</source>
        <translation>Abrir &amp;espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/workspace_menu.py" line="36"/>
        <source>New wor&amp;kspace…</source>
        <translation>Nuevo espacio de &amp;trabajo…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/workspace_menu.py" line="38"/>
        <source>Re&amp;cent workspaces</source>
        <translation>Espacios de trabajo re&amp;cientes</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/workspace_menu.py" line="59"/>
        <source>Open a workspace folder</source>
        <translation>Abrir una carpeta de espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/workspace_menu.py" line="66"/>
        <source>Choose an empty folder for the new workspace</source>
        <translation>Elija una carpeta vacía para el nuevo espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/workspace_menu.py" line="70"/>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/workspace_menu.py" line="71"/>
        <source>Add the sample articles to the new workspace? They show how articles, images and regions look; you can delete them later.</source>
        <translation>¿Añadir los artículos de ejemplo al nuevo espacio de trabajo? Muestran cómo son los artículos, las imágenes y las regiones; puede eliminarlos después.</translation>
    </message>
</context>
<context>
    <name>WritingRoom</name>
    <message>
        <location filename="../../src/sr_editor/gui/window/writing_room.py" line="167"/>
        <source>The preview is hidden to leave the editor room; View › Preview shows it.</source>
        <translation>La vista previa se oculta para dejar sitio al editor; Ver › Vista previa la muestra.</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../../src/sr_editor/gui/site/revisions_dialog.py" line="126"/>
        <source>Reading the revisions of post %1…</source>
        <translation>Leyendo las revisiones de la entrada %1…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/revisions_dialog.py" line="156"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/revisions_dialog.py" line="159"/>
        <source>Restored the revision of %1 by %2; your previous text is in the local history.</source>
        <translation>Restaurada la revisión del %1 de %2; su texto anterior está en el historial local.</translation>
    </message>
</context>
</TS>
