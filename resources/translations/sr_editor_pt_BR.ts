<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AddSiteDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="114"/>
        <source>Add a site</source>
        <translation>Adicionar um site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="121"/>
        <source>Create an Application Password in WordPress under &lt;i&gt;Users ▸ Profile&lt;/i&gt;, then paste it here. It is kept in your system&apos;s keyring, never in a file.</source>
        <translation>Crie uma senha de aplicativo no WordPress, em &lt;i&gt;Usuários ▸ Perfil&lt;/i&gt;, e cole-a aqui. Ela fica no chaveiro do sistema, nunca em um arquivo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="129"/>
        <source>A short name for this site, used in menus.</source>
        <translation>Um nome curto para este site, usado nos menus.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="133"/>
        <source>The site&apos;s web address, starting with https://.</source>
        <translation>O endereço web do site, começando com https://.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="135"/>
        <source>the name you log in with</source>
        <translation>o nome com que você entra</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="137"/>
        <source>The user name you log in to the site with.</source>
        <translation>O nome de usuário com que você entra no site.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="141"/>
        <source>An application password made in your WordPress profile; kept in the system keyring, never in a file.</source>
        <translation>Uma senha de aplicativo criada no seu perfil do WordPress; fica no chaveiro do sistema, nunca em um arquivo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="144"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="145"/>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="146"/>
        <source>&amp;Username:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="147"/>
        <source>Application &amp;password:</source>
        <translation>&amp;Senha de aplicativo:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="154"/>
        <source>&amp;Verify and add</source>
        <translation>&amp;Verificar e adicionar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="178"/>
        <source>Checking the password with the site…</source>
        <translation>Verificando a senha com o site…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/sr_editor/app/composition.py" line="218"/>
        <source>Listing articles… {0:,} of {1:,}</source>
        <translation>Listando artigos… {0:,} de {1:,}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/app/workspaces.py" line="44"/>
        <source>Open it anyway? Two windows editing the same article can overwrite each other.</source>
        <translation>Abrir mesmo assim? Duas janelas editando o mesmo artigo podem sobrescrever uma à outra.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/app/workspaces.py" line="117"/>
        <source>Could not create the workspace {0}: {1}.</source>
        <translation>Não foi possível criar o espaço de trabalho {0}: {1}.</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="65"/>
        <source>Approve</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="67"/>
        <source>Approve &lt;b&gt;%1&lt;/b&gt; and publish it:</source>
        <translation>Aprovar &lt;b&gt;%1&lt;/b&gt; e publicá-lo:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="68"/>
        <source>&amp;Now</source>
        <translation>A&amp;gora</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="70"/>
        <source>&amp;At</source>
        <translation>&amp;Em</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="75"/>
        <source>In this computer&apos;s time zone.</source>
        <translation>No fuso horário deste computador.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="81"/>
        <source>&amp;Approve</source>
        <translation>&amp;Aprovar</translation>
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
        <translation>Renomear artigo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/article_actions.py" line="61"/>
        <source>Folder name (slug):</source>
        <translation>Nome da pasta (slug):</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/article_actions.py" line="76"/>
        <source>Moved to the trash; restore it from File ▸ Trash.</source>
        <translation>Movido para a lixeira; restaure-o em Arquivo ▸ Lixeira.</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="46"/>
        <source>Regions</source>
        <translation>Regiões</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="46"/>
        <source>Updated</source>
        <translation>Alterado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="47"/>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="366"/>
        <source>Checks</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="62"/>
        <source>⚠ broken</source>
        <translation>⚠ danificado</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="275"/>
        <source>Filter articles…</source>
        <translation>Filtrar artigos…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="276"/>
        <source>Filter articles by title or teaser</source>
        <translation>Filtrar artigos por título ou chamada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="277"/>
        <source>Only articles whose title or teaser contain these words stay in the list.</source>
        <translation>Só ficam na lista os artigos cujo título ou chamada contêm estas palavras.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="281"/>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="282"/>
        <source>Status filter</source>
        <translation>Filtro de status</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="283"/>
        <source>List only the articles with this status.</source>
        <translation>Listar só os artigos com este status.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="287"/>
        <source>All regions</source>
        <translation>Todas as regiões</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="288"/>
        <source>Region filter</source>
        <translation>Filtro de região</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="289"/>
        <source>List only the articles filed under this region.</source>
        <translation>Listar só os artigos classificados nesta região.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="293"/>
        <source>Has problems</source>
        <translation>Com problemas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="295"/>
        <source>Show only articles with problems</source>
        <translation>Mostrar só os artigos com problemas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="297"/>
        <source>List only the articles that have problems to fix before publishing.</source>
        <translation>Listar só os artigos com problemas a corrigir antes de publicar.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="341"/>
        <source>Articles</source>
        <translation>Artigos</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="342"/>
        <source>The articles of the workspace; selecting one opens it, Delete moves it to the trash.</source>
        <translation>Os artigos do espaço de trabalho; selecionar um o abre, Delete o move para a lixeira.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="389"/>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="390"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="391"/>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="392"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="393"/>
        <source>Trash…</source>
        <translation>Lixeira…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/article_list.py" line="404"/>
        <source>Move to trash</source>
        <translation>Mover para a lixeira</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="32"/>
        <source>Checklist</source>
        <translation>Lista de verificação</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="38"/>
        <source>Problems found in the article</source>
        <translation>Problemas encontrados no artigo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="40"/>
        <source>What to fix before publishing; Enter on a problem goes to it.</source>
        <translation>O que corrigir antes de publicar; Enter em um problema leva até ele.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="43"/>
        <source>Double-click a problem to go to it</source>
        <translation>Clique duas vezes em um problema para ir até ele</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="46"/>
        <source>Publish anyway (recorded in the article with your name)</source>
        <translation>Publicar mesmo assim (fica registrado no artigo com o seu nome)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="49"/>
        <source>Publish although there are problems; your name is recorded in the article.</source>
        <translation>Publicar mesmo com problemas; o seu nome fica registrado no artigo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="70"/>
        <source>Checking the article…</source>
        <translation>Verificando o artigo…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="72"/>
        <source>1 problem must be fixed before publishing</source>
        <translation>É preciso corrigir 1 problema antes de publicar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="73"/>
        <source>%1 problems must be fixed before publishing</source>
        <translation>É preciso corrigir %1 problemas antes de publicar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="78"/>
        <source>Ready, with %1 to consider</source>
        <translation>Pronto, com %1 a considerar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="81"/>
        <source>✓ All checks pass</source>
        <translation>✓ Passa em todas as verificações</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="102"/>
        <source>Publish anyway?</source>
        <translation>Publicar mesmo assim?</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/checklist.py" line="103"/>
        <source>The article has problems that readers will notice. Publish it anyway? Your name and the skipped checks are recorded in the article.</source>
        <translation>O artigo tem problemas que os leitores vão notar. Publicar mesmo assim? O seu nome e as verificações ignoradas ficam registrados no artigo.</translation>
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
        <translation>alterado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/compare_dialog.py" line="23"/>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/compare_dialog.py" line="51"/>
        <source>Compare with %1</source>
        <translation>Comparar com %1</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/compare_dialog.py" line="55"/>
        <source>&lt;b&gt;%1&lt;/b&gt; and the post on &lt;b&gt;%2&lt;/b&gt; differ in: %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; e o post em &lt;b&gt;%2&lt;/b&gt; diferem em: %3.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/compare_dialog.py" line="56"/>
        <source>&lt;b&gt;%1&lt;/b&gt; and the post on &lt;b&gt;%2&lt;/b&gt; read the same.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; e o post em &lt;b&gt;%2&lt;/b&gt; dizem o mesmo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/compare_dialog.py" line="58"/>
        <source>&lt;br/&gt;&lt;span style=&apos;%1&apos;&gt;crossed out red&lt;/span&gt;: only in yours; &lt;span style=&apos;%2&apos;&gt;green&lt;/span&gt;: only on the site.</source>
        <translation>&lt;br/&gt;&lt;span style=&apos;%1&apos;&gt;riscado em vermelho&lt;/span&gt;: só no seu; &lt;span style=&apos;%2&apos;&gt;verde&lt;/span&gt;: só no site.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/compare_dialog.py" line="66"/>
        <source>Differences, word by word</source>
        <translation>Diferenças, palavra por palavra</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/compare_dialog.py" line="68"/>
        <source>Each field of the article and of the site&apos;s post, with the words that differ marked.</source>
        <translation>Cada campo do artigo e do post do site, com as palavras que diferem marcadas.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/compare_dialog.py" line="80"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprovar…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/compare_dialog.py" line="81"/>
        <source>&amp;Request Changes…</source>
        <translation>Pedir a&amp;lterações…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/compare_dialog.py" line="82"/>
        <source>&amp;Take the Site&apos;s Version</source>
        <translation>&amp;Tomar a versão do site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/compare_dialog.py" line="83"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Mesclar…</translation>
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
        <translation>Estrutura</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/desk_layout.py" line="125"/>
        <source>Toolbar</source>
        <translation>Barra de ferramentas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/desk_layout.py" line="135"/>
        <source>Publish…</source>
        <translation>Publicar…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/desk_layout.py" line="151"/>
        <source>Toolbar button; also in the menus, shortcut {0}.</source>
        <translation>Botão da barra de ferramentas; também nos menus, atalho {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/desk_layout.py" line="153"/>
        <source>Toolbar button; also in the menus.</source>
        <translation>Botão da barra de ferramentas; também nos menus.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/desk_layout.py" line="160"/>
        <source>Publishing is not ready yet; try again in a moment.</source>
        <translation>A publicação ainda não está pronta; tente de novo em instantes.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/desk_layout.py" line="168"/>
        <source>&amp;Distraction-free writing</source>
        <translation>Escrita sem &amp;distrações</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/desk_layout.py" line="171"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Restaurar o layout</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/diff_view.py" line="28"/>
        <source>The two versions are identical.</source>
        <translation>As duas versões são idênticas.</translation>
    </message>
</context>
<context>
    <name>DiskGuard</name>
    <message>
        <location filename="../../src/sr_editor/gui/window/disk_guard.py" line="36"/>
        <source>Reloaded: the file was changed by another program.</source>
        <translation>Recarregado: outro programa alterou o arquivo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/disk_guard.py" line="52"/>
        <source>%1 was changed by another program. Your text is not saved yet.</source>
        <translation>Outro programa alterou %1. O seu texto ainda não foi salvo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/disk_guard.py" line="75"/>
        <source>%1 was changed by another program. Your text is kept but not saved: save (Ctrl+S) to choose which version to keep.</source>
        <translation>Outro programa alterou %1. Seu texto foi mantido, mas não está salvo: salve (Ctrl+S) para escolher qual versão manter.</translation>
    </message>
</context>
<context>
    <name>ExternalChangeDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/conflict_dialog.py" line="38"/>
        <source>File changed on disk</source>
        <translation>Arquivo alterado no disco</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/conflict_dialog.py" line="51"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; was changed by another program while you were editing it.&lt;br&gt;Which version do you want to keep?</source>
        <translation>Outro programa alterou &lt;b&gt;{0}&lt;/b&gt; enquanto você o editava.&lt;br&gt;Qual versão você quer manter?</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/conflict_dialog.py" line="58"/>
        <source>Differences between the file on disk and your text</source>
        <translation>Diferenças entre o arquivo no disco e o seu texto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/conflict_dialog.py" line="60"/>
        <source>The lines that differ between the file on disk and the text in the editor.</source>
        <translation>As linhas que diferem entre o arquivo no disco e o texto do editor.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/conflict_dialog.py" line="66"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/conflict_dialog.py" line="70"/>
        <source>Show or hide the differences between the file on disk and your text.</source>
        <translation>Mostrar ou ocultar as diferenças entre o arquivo no disco e o seu texto.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/conflict_dialog.py" line="72"/>
        <source>&amp;Reload from disk</source>
        <translation>&amp;Recarregar do disco</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/conflict_dialog.py" line="74"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Manter o meu</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/conflict_dialog.py" line="76"/>
        <source>&amp;Decide later</source>
        <translation>&amp;Decidir depois</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/conflict_dialog.py" line="79"/>
        <source>Keep your text unsaved; you are asked again when you save or the file changes again.</source>
        <translation>Manter seu texto sem salvar; a pergunta volta quando você salvar ou quando o arquivo mudar de novo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/conflict_dialog.py" line="93"/>
        <source>on disk</source>
        <translation>no disco</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/conflict_dialog.py" line="93"/>
        <source>your text</source>
        <translation>seu texto</translation>
    </message>
</context>
<context>
    <name>FeaturedImageSection</name>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="31"/>
        <source>Featured image</source>
        <translation>Imagem destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="37"/>
        <source>Featured image alt text</source>
        <translation>Texto alternativo da imagem destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="38"/>
        <source>Describes the featured image for readers who cannot see it.</source>
        <translation>Descreve a imagem destacada para quem não pode vê-la.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="39"/>
        <source>What the image shows, for readers who cannot see it</source>
        <translation>O que a imagem mostra, para quem não pode vê-la</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="41"/>
        <source>&amp;Alt text</source>
        <translation>Texto &amp;alternativo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="43"/>
        <source>&amp;Decorative (no description)</source>
        <translation>&amp;Decorativa (sem descrição)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="44"/>
        <source>Featured image is decorative</source>
        <translation>A imagem destacada é decorativa</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="45"/>
        <source>Tick when the featured image adds nothing to the text; it is then published without a description.</source>
        <translation>Marque quando a imagem destacada não acrescenta nada ao texto; ela é então publicada sem descrição.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="51"/>
        <source>Featured image caption</source>
        <translation>Legenda da imagem destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="52"/>
        <source>Text shown under the featured image.</source>
        <translation>Texto exibido sob a imagem destacada.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="53"/>
        <source>Shown under the image</source>
        <translation>Aparece sob a imagem</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="55"/>
        <source>Ca&amp;ption</source>
        <translation>&amp;Legenda</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="57"/>
        <source>Featured image credit</source>
        <translation>Crédito da imagem destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="58"/>
        <source>The photographer or source of the featured image.</source>
        <translation>O fotógrafo ou a fonte da imagem destacada.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="59"/>
        <source>Photographer or source</source>
        <translation>Fotógrafo ou fonte</translation>
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
        <translation>Sem imagem.
Escolha uma ou solte um arquivo aqui.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="72"/>
        <source>C&amp;hoose image…</source>
        <translation>&amp;Escolher imagem…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="73"/>
        <source>Choose featured image</source>
        <translation>Escolher a imagem destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="74"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="75"/>
        <source>Remove featured image</source>
        <translation>Remover a imagem destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/featured_section.py" line="124"/>
        <source>Missing file: {0}</source>
        <translation>Arquivo ausente: {0}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="274"/>
        <source>Find</source>
        <translation>Localizar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="276"/>
        <source>Text to find in the article; Enter finds the next match, Escape closes the bar.</source>
        <translation>Texto a localizar no artigo; Enter localiza a próxima ocorrência, Esc fecha a barra.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="277"/>
        <source>Replace with</source>
        <translation>Substituir por</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="279"/>
        <source>Text that replaces the match; Enter replaces the current match.</source>
        <translation>Texto que substitui a ocorrência; Enter substitui a atual.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="280"/>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="282"/>
        <source>Match case</source>
        <translation>Diferenciar maiúsculas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="284"/>
        <source>Find next</source>
        <translation>Localizar próxima</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="284"/>
        <source>Find previous</source>
        <translation>Localizar anterior</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="285"/>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="286"/>
        <source>All</source>
        <translation>Tudo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="286"/>
        <source>Replace all</source>
        <translation>Substituir tudo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="303"/>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="304"/>
        <source>Close find bar</source>
        <translation>Fechar a barra de localização</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../../src/sr_editor/gui/editor/find_replace.py" line="22"/>
        <source>Whole words</source>
        <translation>Palavras inteiras</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/find_replace.py" line="23"/>
        <source>Regular expression</source>
        <translation>Expressão regular</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/find_replace.py" line="25"/>
        <source>Match case</source>
        <translation>Diferenciar maiúsculas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/find_replace.py" line="26"/>
        <source>Find only text with the same capital letters.</source>
        <translation>Localizar só o texto com as mesmas maiúsculas.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/find_replace.py" line="27"/>
        <source>Find only whole words, not parts of longer words.</source>
        <translation>Localizar só palavras inteiras, não partes de palavras maiores.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/find_replace.py" line="29"/>
        <source>Read the search text as a regular expression (Python syntax).</source>
        <translation>Ler o texto procurado como expressão regular (sintaxe do Python).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/find_replace.py" line="195"/>
        <source>Invalid pattern</source>
        <translation>Padrão inválido</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/find_replace.py" line="202"/>
        <source>No matches</source>
        <translation>Nenhuma ocorrência</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/find_replace.py" line="204"/>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/find_replace.py" line="206"/>
        <source>{0} matches</source>
        <translation>{0} ocorrências</translation>
    </message>
</context>
<context>
    <name>FocusCycle</name>
    <message>
        <location filename="../../src/sr_editor/gui/window/focus_cycle.py" line="48"/>
        <source>Next area</source>
        <translation>Próxima área</translation>
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
        <translation>Histórico de {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/history_dialog.py" line="95"/>
        <source>Earlier versions</source>
        <translation>Versões anteriores</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/history_dialog.py" line="97"/>
        <source>The saved versions of the article, newest first; choose one to see what changed since.</source>
        <translation>As versões salvas do artigo, da mais recente à mais antiga; escolha uma para ver o que mudou desde então.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/history_dialog.py" line="100"/>
        <source>Changes from the selected version to the current file</source>
        <translation>Mudanças da versão escolhida para o arquivo atual</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/history_dialog.py" line="102"/>
        <source>The lines that changed from the selected version to the file as it is now.</source>
        <translation>As linhas que mudaram da versão escolhida até o arquivo atual.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/history_dialog.py" line="113"/>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurar esta versão</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/history_dialog.py" line="132"/>
        <source>The history of {0} cannot be read ({1}).</source>
        <translation>Não é possível ler o histórico de {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/history_dialog.py" line="140"/>
        <source>&lt;p&gt;No earlier versions of this article yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Este artigo ainda não tem versões anteriores.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/history_dialog.py" line="160"/>
        <source>current file</source>
        <translation>arquivo atual</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/history_dialog.py" line="171"/>
        <source>Version not restored</source>
        <translation>Versão não restaurada</translation>
    </message>
</context>
<context>
    <name>ImageInsertion</name>
    <message>
        <location filename="../../src/sr_editor/gui/window/article_actions.py" line="108"/>
        <source>Insert image</source>
        <translation>Inserir imagem</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/article_actions.py" line="109"/>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff)</source>
        <translation>Imagens (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>ImageRow</name>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="105"/>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="210"/>
        <source>Describe the image</source>
        <translation>Descreva a imagem</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="107"/>
        <source>Describes the image for readers who cannot see it; Enter moves to the next image.</source>
        <translation>Descreve a imagem para quem não pode vê-la; Enter passa para a próxima imagem.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="112"/>
        <source>Decorative</source>
        <translation>Decorativa</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="115"/>
        <source>Tick when the image adds nothing to the text; it is then published without a description.</source>
        <translation>Marque quando a imagem não acrescenta nada ao texto; ela é então publicada sem descrição.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="146"/>
        <source>Alt text of image {0}, {1}</source>
        <translation>Texto alternativo da imagem {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="147"/>
        <source>Image {0} is decorative</source>
        <translation>A imagem {0} é decorativa</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="153"/>
        <source>line {0}</source>
        <translation>linha {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="158"/>
        <source>remote</source>
        <translation>remota</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="169"/>
        <source>file not found in the article folder</source>
        <translation>o arquivo não está na pasta do artigo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="170"/>
        <source>not a readable image</source>
        <translation>não é uma imagem legível</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="172"/>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="172"/>
        <source>unreadable</source>
        <translation>ilegível</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="210"/>
        <source>Decorative: published without a description</source>
        <translation>Decorativa: publicada sem descrição</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../../src/sr_editor/gui/alt/image_view.py" line="22"/>
        <source>Image to describe</source>
        <translation>Imagem a descrever</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/image_view.py" line="23"/>
        <source>The image whose alt text is being written; + and - zoom, 0 fits.</source>
        <translation>A imagem cujo texto alternativo está sendo escrito; + e - aproximam ou afastam, 0 ajusta.</translation>
    </message>
</context>
<context>
    <name>ImagesPanel</name>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="227"/>
        <source>Images in the article</source>
        <translation>Imagens do artigo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="362"/>
        <source>No images in the text.</source>
        <translation>Não há imagens no texto.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="365"/>
        <source>{0} images</source>
        <translation>{0} imagens</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="365"/>
        <source>1 image</source>
        <translation>1 imagem</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/images_panel.py" line="367"/>
        <source>{0} without alt text</source>
        <translation>{0} sem texto alternativo</translation>
    </message>
</context>
<context>
    <name>InsertImageDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="56"/>
        <source>Insert image</source>
        <translation>Inserir imagem</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="85"/>
        <source>A copy goes into the article folder, at most {0} px wide, without camera and GPS data.</source>
        <translation>Uma cópia vai para a pasta do artigo, com no máximo {0} px de largura, sem dados de câmera e GPS.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="92"/>
        <source>&amp;Insert</source>
        <translation>&amp;Inserir</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="103"/>
        <source>Alt text</source>
        <translation>Texto alternativo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="105"/>
        <source>Describes the image for readers who cannot see it.</source>
        <translation>Descreve a imagem para quem não pode vê-la.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="106"/>
        <source>What the image shows, for readers who cannot see it</source>
        <translation>O que a imagem mostra, para quem não pode vê-la</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="108"/>
        <source>&amp;Alt text</source>
        <translation>Texto &amp;alternativo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="111"/>
        <source>&amp;Decorative: adds nothing a reader needs (published with empty alt)</source>
        <translation>&amp;Decorativa: não traz nada de que o leitor precise (publicada com alt vazio)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="113"/>
        <source>Decorative image</source>
        <translation>Imagem decorativa</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="115"/>
        <source>Tick when the image adds nothing to the text; it is then published without a description.</source>
        <translation>Marque quando a imagem não acrescenta nada ao texto; ela é então publicada sem descrição.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="122"/>
        <source>Caption</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="124"/>
        <source>Optional text shown under the image.</source>
        <translation>Texto opcional exibido sob a imagem.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="125"/>
        <source>Optional, shown under the image</source>
        <translation>Opcional, aparece sob a imagem</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="127"/>
        <source>&amp;Caption</source>
        <translation>&amp;Legenda</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="138"/>
        <source>not a picture</source>
        <translation>não é uma imagem</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="139"/>
        <source>This file cannot be read as an image:
{0}</source>
        <translation>Este arquivo não pode ser lido como imagem:
{0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="165"/>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="178"/>
        <source>Image not inserted</source>
        <translation>Imagem não inserida</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/image_dialog.py" line="179"/>
        <source>{0} cannot be read as an image.</source>
        <translation>{0} não pode ser lido como imagem.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="77"/>
        <source>Article</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="79"/>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="81"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="175"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="178"/>
        <source>&amp;New article</source>
        <translation>&amp;Novo artigo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="179"/>
        <source>&amp;Duplicate article</source>
        <translation>&amp;Duplicar artigo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="180"/>
        <source>&amp;Rename article…</source>
        <translation>Reno&amp;mear artigo…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="181"/>
        <source>Move to &amp;trash</source>
        <translation>Mover para a li&amp;xeira</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="182"/>
        <source>Tr&amp;ash…</source>
        <translation>&amp;Lixeira…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="183"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="184"/>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="185"/>
        <source>Open preview in &amp;browser</source>
        <translation>Abrir a pré-visualização no n&amp;avegador</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="186"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="189"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="191"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="192"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="194"/>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="195"/>
        <source>Find and r&amp;eplace…</source>
        <translation>Localizar e &amp;substituir…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="205"/>
        <source>Read as a &amp;screen reader…</source>
        <translation>Ler como um &amp;leitor de tela…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="221"/>
        <source>B&amp;ulleted list</source>
        <translation>Lista com &amp;marcadores</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="223"/>
        <source>Insert i&amp;mage…</source>
        <translation>Inserir ima&amp;gem…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="196"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormatar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="199"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="201"/>
        <source>&amp;Preview</source>
        <translation>&amp;Pré-visualização</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="212"/>
        <source>&amp;Bold</source>
        <translation>&amp;Negrito</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="213"/>
        <source>&amp;Italic</source>
        <translation>&amp;Itálico</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="214"/>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="215"/>
        <source>&amp;Heading</source>
        <translation>&amp;Título</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="217"/>
        <source>Heading %n</source>
        <translation>
            <numerusform>Título %n</numerusform>
            <numerusform>Título %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="219"/>
        <source>Paragraph</source>
        <translation>Parágrafo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/main_window.py" line="220"/>
        <source>&amp;Quote</source>
        <translation>&amp;Citação</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="60"/>
        <source>Article text</source>
        <translation>Texto do artigo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="61"/>
        <source>The article&apos;s text in Markdown. Tab indents; F6 moves to the next area of the window.</source>
        <translation>O texto do artigo em Markdown. Tab recua; F6 passa para a próxima área da janela.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="68"/>
        <source>Write the article in Markdown…</source>
        <translation>Escreva o artigo em Markdown…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="150"/>
        <source>bold text</source>
        <translation>texto em negrito</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="153"/>
        <source>italic text</source>
        <translation>texto em itálico</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="156"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/editor.py" line="160"/>
        <source>link text</source>
        <translation>texto do link</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="28"/>
        <source>Merge the version on %1</source>
        <translation>Mesclar a versão de %1</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="33"/>
        <source>Changes made on one side only are taken as they are. For each place changed on both sides (%1), choose which text to keep.</source>
        <translation>As mudanças feitas de um lado só são aceitas como estão. Em cada trecho alterado dos dois lados (%1), escolha qual texto manter.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="47"/>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="51"/>
        <source>Merged article</source>
        <translation>Artigo mesclado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="53"/>
        <source>The article as it will be saved with the choices above.</source>
        <translation>O artigo como será salvo com as escolhas acima.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="56"/>
        <source>&amp;Save the merged article</source>
        <translation>&amp;Salvar o artigo mesclado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="64"/>
        <source>Place %1</source>
        <translation>Trecho %1</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="66"/>
        <source>Yours</source>
        <translation>O seu</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="66"/>
        <source>On the site</source>
        <translation>No site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="71"/>
        <source>{0}, place {1}</source>
        <translation>{0}, trecho {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="72"/>
        <source>The lines of this place in this version, read-only.</source>
        <translation>As linhas deste trecho nesta versão, somente leitura.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="78"/>
        <source>Which version to keep at place {0}</source>
        <translation>Qual versão manter no trecho {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="79"/>
        <source>Keep your lines, the site&apos;s lines, or both.</source>
        <translation>Manter as suas linhas, as do site ou as duas.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="80"/>
        <source>Keep yours</source>
        <translation>Manter o seu</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="80"/>
        <source>Keep the site&apos;s</source>
        <translation>Manter o do site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/merge_dialog.py" line="81"/>
        <source>Keep both</source>
        <translation>Manter os dois</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="131"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="134"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="135"/>
        <source>The headline of the article as it appears on the site.</source>
        <translation>A manchete do artigo como aparece no site.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="136"/>
        <source>Headline as it appears on the site</source>
        <translation>A manchete como aparece no site</translation>
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
        <translation>A última parte do endereço web do artigo: palavras minúsculas unidas por hifens.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="143"/>
        <source>words-joined-by-hyphens</source>
        <translation>palavras-unidas-por-hifens</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="144"/>
        <source>From title</source>
        <translation>Do título</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="145"/>
        <source>Make the slug from the title</source>
        <translation>Criar o slug a partir do título</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="152"/>
        <source>S&amp;lug</source>
        <translation>S&amp;lug</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="156"/>
        <source>Teaser</source>
        <translation>Chamada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="157"/>
        <source>One or two sentences shown in listings and when the article is shared.</source>
        <translation>Uma ou duas frases exibidas nas listas e quando o artigo é compartilhado.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="158"/>
        <source>One or two sentences shown in listings and shares</source>
        <translation>Uma ou duas frases exibidas em listas e compartilhamentos</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="164"/>
        <source>T&amp;easer</source>
        <translation>C&amp;hamada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="168"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="169"/>
        <source>Where the article stands: draft, pending review, ready or published.</source>
        <translation>Em que ponto está o artigo: rascunho, aguardando revisão, pronto ou publicado.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="173"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="176"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="177"/>
        <source>The author&apos;s user name on the site.</source>
        <translation>O nome de usuário do autor no site.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="178"/>
        <source>User name on the site</source>
        <translation>Nome de usuário no site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="180"/>
        <source>A&amp;uthor</source>
        <translation>A&amp;utor</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="228"/>
        <source>Image not added</source>
        <translation>Imagem não adicionada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="240"/>
        <source>Choose the featured image</source>
        <translation>Escolher a imagem destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_panel.py" line="240"/>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_widgets.py" line="64"/>
        <source>Empty: the site will make one from the title.</source>
        <translation>Vazio: o site vai criar um a partir do título.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/metadata_widgets.py" line="66"/>
        <source>Use lower-case letters, digits and single hyphens only.</source>
        <translation>Use só letras minúsculas, dígitos e hifens simples.</translation>
    </message>
</context>
<context>
    <name>NewArticleDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/new_article_dialog.py" line="43"/>
        <source>New article</source>
        <translation>Novo artigo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/new_article_dialog.py" line="49"/>
        <source>What the article is about</source>
        <translation>Do que trata o artigo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/new_article_dialog.py" line="52"/>
        <source>No region yet</source>
        <translation>Sem região por enquanto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/new_article_dialog.py" line="57"/>
        <source>Haiti, Dominican Republic</source>
        <translation>Haiti, República Dominicana</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/new_article_dialog.py" line="58"/>
        <source>Countries the article is tagged with, separated by commas; the list suggests the names as you type.</source>
        <translation>Países com que o artigo é marcado, separados por vírgulas; a lista sugere os nomes enquanto você digita.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/new_article_dialog.py" line="67"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/new_article_dialog.py" line="68"/>
        <source>&amp;Region</source>
        <translation>&amp;Região</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/new_article_dialog.py" line="69"/>
        <source>&amp;Countries</source>
        <translation>&amp;Países</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/new_article_dialog.py" line="74"/>
        <source>C&amp;reate</source>
        <translation>C&amp;riar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/new_article_dialog.py" line="112"/>
        <source>Not in the list of countries: %1. Pick a suggestion, or add it later in the Article panel.</source>
        <translation>Não está na lista de países: %1. Escolha uma sugestão ou adicione depois no painel Artigo.</translation>
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
        <translation>Trecho</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="55"/>
        <source>Notes on this article</source>
        <translation>Notas deste artigo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="56"/>
        <source>Each note with its replies, who wrote it and the passage it is about; activate one to select the passage.</source>
        <translation>Cada nota com as respostas, quem a escreveu e o trecho a que se refere; ative-a para selecionar o trecho.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="66"/>
        <source>&amp;Note on Selection…</source>
        <translation>&amp;Nota na seleção…</translation>
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
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="84"/>
        <source>Open an article published to a site to see its notes.</source>
        <translation>Abra um artigo publicado em um site para ver as notas.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="94"/>
        <source>resolved</source>
        <translation>resolvida</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="94"/>
        <source>open</source>
        <translation>aberta</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="101"/>
        <source>passage gone: “%1”</source>
        <translation>o trecho não existe mais: “%1”</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="103"/>
        <source>line %1: “%2”</source>
        <translation>linha %1: “%2”</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="115"/>
        <source>%1 notes, %2 open</source>
        <translation>%1 notas, %2 abertas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/notes_panel.py" line="117"/>
        <source>(%1 waiting to be sent)</source>
        <translation>(%1 aguardando envio)</translation>
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
        <translation>Estrutura dos títulos do artigo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/outline.py" line="64"/>
        <source>Enter on a heading moves the editor&apos;s cursor to it.</source>
        <translation>Enter em um título leva o cursor do editor até ele.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/outline.py" line="114"/>
        <location filename="../../src/sr_editor/gui/editor/outline.py" line="122"/>
        <source>Line {0}</source>
        <translation>Linha {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/editor/outline.py" line="128"/>
        <source>No headings yet: start a line with ## to add one.</source>
        <translation>Ainda não há títulos: comece uma linha com ## para adicionar um.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="77"/>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="87"/>
        <source>Writing</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="91"/>
        <source>Editor font</source>
        <translation>Fonte do editor</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="93"/>
        <source>The font the article text is written in.</source>
        <translation>A fonte em que o texto do artigo é escrito.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="96"/>
        <source>Editor font size</source>
        <translation>Tamanho da fonte do editor</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="98"/>
        <source>The size of the editor&apos;s font, in points.</source>
        <translation>O tamanho da fonte do editor, em pontos.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="99"/>
        <source>Editor &amp;font</source>
        <translation>&amp;Fonte do editor</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="100"/>
        <source>%1 is not installed; the editor uses %2.</source>
        <translation>%1 não está instalada; o editor usa %2.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="106"/>
        <source>Font &amp;size</source>
        <translation>&amp;Tamanho da fonte</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="107"/>
        <source>Save &amp;automatically while I write</source>
        <translation>Salvar &amp;automaticamente enquanto escrevo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="110"/>
        <source>Save the article by itself a moment after you stop typing.</source>
        <translation>Salvar o artigo sozinho pouco depois de você parar de digitar.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="112"/>
        <source>Autosave pause</source>
        <translation>Pausa do salvamento automático</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="116"/>
        <source>How long after the last keystroke the article is saved, in milliseconds.</source>
        <translation>Quanto tempo após a última tecla o artigo é salvo, em milissegundos.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="120"/>
        <source>Save after a pause of</source>
        <translation>Salvar após uma pausa de</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="121"/>
        <source>Check s&amp;pelling as I type</source>
        <translation>Verificar a &amp;ortografia ao digitar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="124"/>
        <source>Underline misspelt words in the editor.</source>
        <translation>Sublinhar no editor as palavras com erro.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="126"/>
        <source>Spelling language of new articles</source>
        <translation>Idioma da ortografia dos artigos novos</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="130"/>
        <source>The language new articles are checked in; each article can change it.</source>
        <translation>O idioma em que os artigos novos são verificados; cada artigo pode mudá-lo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="131"/>
        <source>Articles are &amp;written in</source>
        <translation>Os artigos são &amp;escritos em</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="132"/>
        <source>Maximum image width</source>
        <translation>Largura máxima da imagem</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="136"/>
        <source>Inserted images wider than this are shrunk to this width, in pixels.</source>
        <translation>As imagens inseridas mais largas são reduzidas a esta largura, em pixels.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="137"/>
        <source>Shrink images &amp;wider than</source>
        <translation>Reduzir imagens mais &amp;largas que</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="141"/>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="143"/>
        <source>Like the desktop</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="143"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="143"/>
        <source>Dark</source>
        <translation>Escuro</translation>
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
        <translation>Seguir as cores do sistema ou usar sempre cores claras ou escuras.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="148"/>
        <source>Dark preview too (otherwise it keeps the site&apos;s look)</source>
        <translation>Pré-visualização também escura (senão, mantém o visual do site)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="151"/>
        <source>Show the preview in dark colours too when the theme is dark.</source>
        <translation>Mostrar também a pré-visualização em cores escuras quando o tema é escuro.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="154"/>
        <source>Show the p&amp;review beside the editor</source>
        <translation>Mostrar a &amp;pré-visualização ao lado do editor</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="157"/>
        <source>Show the article as it will look on the site, beside the editor.</source>
        <translation>Mostrar o artigo como ficará no site, ao lado do editor.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="161"/>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="162"/>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="164"/>
        <source>Takes effect the next time sr-editor starts.</source>
        <translation>Vale a partir da próxima vez que o sr-editor for aberto.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="166"/>
        <source>The language of menus and messages; takes effect the next time sr-editor starts.</source>
        <translation>O idioma dos menus e mensagens; vale a partir da próxima vez que o sr-editor for aberto.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/preferences_dialog.py" line="167"/>
        <source>&amp;Interface language</source>
        <translation>&amp;Idioma da interface</translation>
    </message>
</context>
<context>
    <name>PreferencesUI</name>
    <message>
        <location filename="../../src/sr_editor/gui/window/preferences_ui.py" line="30"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../../src/sr_editor/gui/site/presence.py" line="127"/>
        <source>Could not check whether someone else is editing this post on %1; you can type, and it is checked again in a minute.</source>
        <translation>Não foi possível verificar se outra pessoa está editando este post em %1; você pode digitar, e a verificação se repete em um minuto.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/presence.py" line="181"/>
        <source>%1 is editing this post on %2 (since %3 UTC). Your changes stay here; publishing will ask first.</source>
        <translation>%1 está editando este post em %2 (desde %3 UTC). Suas alterações ficam aqui; publicar vai perguntar antes.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/presence.py" line="183"/>
        <source>an unknown time</source>
        <translation>um horário desconhecido</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/presence.py" line="217"/>
        <source>Someone else is editing</source>
        <translation>Outra pessoa está editando</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/presence.py" line="218"/>
        <source>%1

Publish anyway? Their next save on the site may overwrite yours, or yours theirs.</source>
        <translation>%1

Publicar mesmo assim? O próximo salvamento dessa pessoa no site pode sobrescrever o seu, ou o seu o dela.</translation>
    </message>
</context>
<context>
    <name>PresenceBanner</name>
    <message>
        <location filename="../../src/sr_editor/gui/site/presence.py" line="54"/>
        <source>Who is editing</source>
        <translation>Quem está editando</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/presence.py" line="62"/>
        <source>Ta&amp;ke Over</source>
        <translation>Assu&amp;mir</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/presence.py" line="64"/>
        <source>Take the post&apos;s lock as wp-admin&apos;s Take over does: the other person is told that you are editing it now.</source>
        <translation>Assume o bloqueio do post como o «Assumir» do wp-admin faz: a outra pessoa é avisada de que agora é você quem o edita.</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <location filename="../../src/sr_editor/gui/preview/preview.py" line="30"/>
        <source>Remote image not loaded</source>
        <translation>Imagem remota não carregada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/preview/preview.py" line="47"/>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/preview/preview.py" line="48"/>
        <source>The article as it will look on the site, read-only. Arrow keys move a caret through the text; Tab moves between links.</source>
        <translation>O artigo como ficará no site, somente leitura. As setas movem um cursor pelo texto; Tab passa de um link a outro.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/preview/preview.py" line="144"/>
        <source>Image not shown: not a file of this article</source>
        <translation>Imagem não exibida: não é um arquivo deste artigo</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../src/sr_editor/gui/panels/problems_panel.py" line="35"/>
        <source>line {0}</source>
        <translation>linha {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/problems_panel.py" line="45"/>
        <source>No problems</source>
        <translation>Nenhum problema</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/problems_panel.py" line="48"/>
        <source>1 error</source>
        <translation>1 erro</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/problems_panel.py" line="49"/>
        <source>{0} errors</source>
        <translation>{0} erros</translation>
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
        <translation>Problemas do artigo aberto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/problems_panel.py" line="71"/>
        <source>Enter or a click moves the cursor to where the problem is.</source>
        <translation>Enter ou um clique levam o cursor até o problema.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/problems_panel.py" line="102"/>
        <source>Explained in %1</source>
        <translation>Explicado em %1</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/problems_panel.py" line="106"/>
        <source>Nothing to fix: every check passes.</source>
        <translation>Nada a corrigir: passa em todas as verificações.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="53"/>
        <source>Draft on the site (not public)</source>
        <translation>Rascunho no site (não público)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="54"/>
        <source>Save as draft</source>
        <translation>Salvar como rascunho</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="55"/>
        <source>Submit for review (pending)</source>
        <translation>Enviar para revisão (pendente)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="56"/>
        <source>Submit for review</source>
        <translation>Enviar para revisão</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="57"/>
        <source>Publish now</source>
        <translation>Publicar agora</translation>
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
        <translation>Agendar para uma data</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="60"/>
        <source>Schedule</source>
        <translation>Agendar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="63"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="64"/>
        <source>Scheduled</source>
        <translation>Agendado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="65"/>
        <source>Submitted for review</source>
        <translation>Enviado para revisão</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="66"/>
        <source>Saved as a draft</source>
        <translation>Salvo como rascunho</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="146"/>
        <source>Untitled article</source>
        <translation>Artigo sem título</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="171"/>
        <source>Where and how</source>
        <translation>Onde e como</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="176"/>
        <source>The site the article is published on.</source>
        <translation>O site em que o artigo é publicado.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="183"/>
        <source>Publish now, schedule, send for review or keep as a draft on the site.</source>
        <translation>Publicar agora, agendar, enviar para revisão ou manter como rascunho no site.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="189"/>
        <source>When a scheduled article appears on the site.</source>
        <translation>Quando um artigo agendado aparece no site.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="195"/>
        <source>No site yet: add one under Publish ▸ Sites…</source>
        <translation>Ainda não há sites: adicione um em Publicar ▸ Sites…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="198"/>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="199"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="200"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="201"/>
        <source>Create &amp;new tags on the site for countries it lacks</source>
        <translation>Criar &amp;novas tags no site para os países que ele não tem</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="204"/>
        <source>Without this, publishing stops when a country is not yet a tag on the site, so a typo never becomes a new tag.</source>
        <translation>Sem isto, a publicação para quando um país ainda não é uma tag do site, assim um erro de digitação nunca vira uma tag nova.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="221"/>
        <source>Step %v of %m</source>
        <translation>Etapa %v de %m</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="223"/>
        <source>Publishing steps</source>
        <translation>Etapas da publicação</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="225"/>
        <source>The steps of publishing, each ticked when done.</source>
        <translation>As etapas da publicação, cada uma marcada ao terminar.</translation>
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
        <translation>Enviar para revisão em vez disso</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="260"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="326"/>
        <source>Choose a time at least two minutes ahead; WordPress publishes earlier times at once.</source>
        <translation>Escolha um horário pelo menos dois minutos à frente; o WordPress publica na hora os horários anteriores.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="339"/>
        <source>Publishing to &lt;b&gt;%1&lt;/b&gt;…</source>
        <translation>Publicando em &lt;b&gt;%1&lt;/b&gt;…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="468"/>
        <source>Take the post off the site?</source>
        <translation>Tirar o post do site?</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="469"/>
        <source>This post is public on %1. Saving it as a draft or for review takes it off the site until it is published again. Continue?</source>
        <translation>Este post é público em %1. Salvá-lo como rascunho ou para revisão o tira do site até ser publicado de novo. Continuar?</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="353"/>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="376"/>
        <source>View the post</source>
        <translation>Ver o post</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="376"/>
        <source>Preview on the site</source>
        <translation>Pré-visualizar no site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="382"/>
        <source>Published despite: %1</source>
        <translation>Publicado apesar de: %1</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="399"/>
        <source>&lt;p&gt;&lt;b&gt;Publishing was stopped&lt;/b&gt; after step %1.&lt;/p&gt;&lt;p&gt;What was already sent is recorded in the article, so publishing again is safe: no image or post is sent twice.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;A publicação foi interrompida&lt;/b&gt; após a etapa %1.&lt;/p&gt;&lt;p&gt;O que já foi enviado fica registrado no artigo, então publicar de novo é seguro: nenhuma imagem ou post é enviado duas vezes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="433"/>
        <source>Nothing was sent; the post on the site is unchanged.</source>
        <translation>Nada foi enviado; o post no site continua igual.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="442"/>
        <source>Fetching the site&apos;s version…</source>
        <translation>Buscando a versão do site…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_dialog.py" line="448"/>
        <source>&lt;p&gt;&lt;b&gt;The site&apos;s version is kept.&lt;/b&gt; Nothing was sent.&lt;/p&gt;&lt;p&gt;Your article &lt;b&gt;%1&lt;/b&gt; now holds the site&apos;s version; your own text is in the local history (File ▸ History…).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;A versão do site foi mantida.&lt;/b&gt; Nada foi enviado.&lt;/p&gt;&lt;p&gt;O seu artigo &lt;b&gt;%1&lt;/b&gt; agora tem a versão do site; o seu próprio texto está no histórico local (Arquivo ▸ Histórico…).&lt;/p&gt;</translation>
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
        <translation>Enviar para &amp;revisão…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_ui.py" line="76"/>
        <source>&amp;Sites…</source>
        <translation>&amp;Sites…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_ui.py" line="94"/>
        <source>Open an article that can be saved to publish it.</source>
        <translation>Abra um artigo que possa ser salvo para publicá-lo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_ui.py" line="101"/>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_ui.py" line="165"/>
        <source>The article is no longer open; close this dialog and try again.</source>
        <translation>O artigo não está mais aberto; feche esta janela e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_ui.py" line="167"/>
        <source>%1 could not be saved, so it was not published; your text is kept in a recovery copy.</source>
        <translation>Não foi possível salvar %1, então ele não foi publicado; o seu texto está guardado em uma cópia de recuperação.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_ui.py" line="220"/>
        <source>Password for %1</source>
        <translation>Senha de %1</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/publish_ui.py" line="221"/>
        <source>Application Password of %1 on %2 (kept until you quit):</source>
        <translation>Senha de aplicativo de %1 em %2 (guardada até você sair):</translation>
    </message>
</context>
<context>
    <name>QueueController</name>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_controller.py" line="154"/>
        <source>Type a description, or mark the image decorative (Ctrl+D).</source>
        <translation>Digite uma descrição ou marque a imagem como decorativa (Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_writes.py" line="71"/>
        <source>The article is open read-only (it could not be read safely); fix it before describing its images.</source>
        <translation>O artigo está aberto só para leitura (não pôde ser lido com segurança); corrija-o antes de descrever as imagens.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_writes.py" line="84"/>
        <source>Written into the open article&apos;s featured image.</source>
        <translation>Gravado na imagem destacada do artigo aberto.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_writes.py" line="87"/>
        <source>Written into the open article (Edit ▸ Undo takes it back).</source>
        <translation>Gravado no artigo aberto (Editar ▸ Desfazer volta atrás).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_controller.py" line="190"/>
        <source>%1: %2 sent, %3 failed</source>
        <translation>%1: %2 enviadas, %3 com falha</translation>
    </message>
</context>
<context>
    <name>QueueUi</name>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_ui.py" line="38"/>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_ui.py" line="58"/>
        <source>&amp;Alt-text queue…</source>
        <translation>&amp;Fila de texto alternativo…</translation>
    </message>
</context>
<context>
    <name>QueueWindow</name>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="94"/>
        <source>Alt-text queue</source>
        <translation>Fila de texto alternativo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="118"/>
        <source>Text around the image</source>
        <translation>Texto em volta da imagem</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="119"/>
        <source>The paragraphs of the article before and after the image.</source>
        <translation>Os parágrafos do artigo antes e depois da imagem.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="122"/>
        <source>Describe what the image shows…</source>
        <translation>Descreva o que a imagem mostra…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="123"/>
        <source>The alt text of the image shown. Enter saves it and moves to the next image; Ctrl+Enter skips; Ctrl+D marks it decorative.</source>
        <translation>O texto alternativo da imagem exibida. Enter o salva e passa para a próxima imagem; Ctrl+Enter pula; Ctrl+D a marca como decorativa.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="129"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="149"/>
        <source>Save &amp;&amp; next (Enter)</source>
        <translation>Salvar e seguir (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="150"/>
        <source>Skip (Ctrl+Enter)</source>
        <translation>Pular (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="151"/>
        <source>Decorative (Ctrl+D)</source>
        <translation>Decorativa (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="152"/>
        <source>Back (Alt+←)</source>
        <translation>Voltar (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="165"/>
        <source>Used in published posts</source>
        <translation>Usadas em posts publicados</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="166"/>
        <source>S&amp;ync</source>
        <translation>Si&amp;ncronizar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="167"/>
        <source>Cancel sync</source>
        <translation>Cancelar a sincronização</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="171"/>
        <source>List only the images from this source.</source>
        <translation>Listar só as imagens desta origem.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="172"/>
        <source>List only the images of articles of this region.</source>
        <translation>Listar só as imagens de artigos desta região.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="173"/>
        <source>List only the images of articles with this status.</source>
        <translation>Listar só as imagens de artigos com este status.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="175"/>
        <source>List only the images used in posts already published on the site.</source>
        <translation>Listar só as imagens usadas em posts já publicados no site.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="176"/>
        <source>Source:</source>
        <translation>Origem:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="176"/>
        <source>Region:</source>
        <translation>Região:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="177"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="231"/>
        <source>No site yet: add one under Publish ▸ Sites…</source>
        <translation>Ainda não há sites: adicione um em Publicar ▸ Sites…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="251"/>
        <source>Credit: %1</source>
        <translation>Crédito: %1</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="252"/>
        <source>Caption: %1</source>
        <translation>Legenda: %1</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="263"/>
        <source>Loading the queue…</source>
        <translation>Carregando a fila…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="263"/>
        <source>No image left to describe here.</source>
        <translation>Não restam imagens a descrever aqui.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="278"/>
        <source>No picture kept for this image yet: it is fetched when the site answers.</source>
        <translation>Ainda não há cópia desta imagem: ela é baixada quando o site responder.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="282"/>
        <source>Loading the image…</source>
        <translation>Carregando a imagem…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="285"/>
        <source>This image file cannot be shown.</source>
        <translation>Este arquivo de imagem não pode ser exibido.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="323"/>
        <source>%1 of %2 left</source>
        <translation>Restam %1 de %2</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="327"/>
        <source>Marked decorative.</source>
        <translation>Marcada como decorativa.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="329"/>
        <source>Current alt: “%1” — %2</source>
        <translation>Texto alternativo atual: “%1” — %2</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="332"/>
        <source>No alt text.</source>
        <translation>Sem texto alternativo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="338"/>
        <source>Waiting to be sent (sync when online).</source>
        <translation>Aguardando envio (sincronize quando estiver on-line).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="338"/>
        <source>Sent.</source>
        <translation>Enviado.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="339"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="339"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="342"/>
        <source>Not sent: </source>
        <translation>Não enviado: </translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="344"/>
        <source>Waiting to be sent again: </source>
        <translation>Aguardando novo envio: </translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="356"/>
        <source>Looks good.</source>
        <translation>Parece bom.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="365"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="366"/>
        <source>All regions</source>
        <translation>Todas as regiões</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="367"/>
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="374"/>
        <source>Local articles</source>
        <translation>Artigos locais</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="430"/>
        <source>featured image</source>
        <translation>imagem destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="430"/>
        <source>in the text</source>
        <translation>no texto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="431"/>
        <source>no region</source>
        <translation>sem região</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="431"/>
        <source>[ the image ]</source>
        <translation>[ a imagem ]</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="432"/>
        <source>Not used in any article.</source>
        <translation>Não é usada em nenhum artigo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/alt/queue_window.py" line="433"/>
        <source>image %1 of the media library</source>
        <translation>imagem %1 da biblioteca de mídia</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/recovery_dialog.py" line="34"/>
        <source>Recover unsaved work</source>
        <translation>Recuperar trabalho não salvo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/recovery_dialog.py" line="41"/>
        <source>sr-editor did not close normally. This text had not been saved yet. Ticked articles are restored into the editor; untick what you want to throw away.</source>
        <translation>O sr-editor não foi fechado normalmente. Este texto ainda não tinha sido salvo. Os artigos marcados são restaurados no editor; desmarque o que quiser descartar.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/recovery_dialog.py" line="48"/>
        <source>Unsaved articles</source>
        <translation>Artigos não salvos</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/recovery_dialog.py" line="50"/>
        <source>Articles with text that was not saved when sr-editor stopped; choose one to see its text.</source>
        <translation>Artigos com texto que não foi salvo quando o sr-editor parou; escolha um para ver o texto.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/recovery_dialog.py" line="51"/>
        <source>Article</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/recovery_dialog.py" line="51"/>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/recovery_dialog.py" line="51"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/recovery_dialog.py" line="57"/>
        <source>Text of the selected unsaved article</source>
        <translation>Texto do artigo não salvo selecionado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/recovery_dialog.py" line="59"/>
        <source>The unsaved text of the selected article, read-only.</source>
        <translation>O texto não salvo do artigo escolhido, somente leitura.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/recovery_dialog.py" line="67"/>
        <source>&amp;Restore ticked, discard the rest</source>
        <translation>&amp;Restaurar os marcados, descartar o resto</translation>
    </message>
</context>
<context>
    <name>RegionsSection</name>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="30"/>
        <source>Regions and countries</source>
        <translation>Regiões e países</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="37"/>
        <source>Regions</source>
        <translation>Regiões</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="38"/>
        <source>The world regions the article is filed under; Space ticks or unticks the current one.</source>
        <translation>As regiões do mundo em que o artigo é classificado; Espaço marca ou desmarca a atual.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="41"/>
        <source>&amp;Regions</source>
        <translation>&amp;Regiões</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="43"/>
        <source>Add a country tag</source>
        <translation>Adicionar uma tag de país</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="44"/>
        <source>Type a country&apos;s name and press Enter to tag the article with it.</source>
        <translation>Digite o nome de um país e tecle Enter para marcar o artigo com ele.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="45"/>
        <source>Type a country, press Enter</source>
        <translation>Digite um país e tecle Enter</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="52"/>
        <source>&amp;Countries</source>
        <translation>&amp;Países</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="58"/>
        <source>Country tags</source>
        <translation>Tags de país</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="59"/>
        <source>The countries the article is tagged with; Delete removes the selected one.</source>
        <translation>Os países com que o artigo está marcado; Delete remove o selecionado.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="65"/>
        <source>Select a tag and press Delete to remove it</source>
        <translation>Selecione uma tag e tecle Delete para removê-la</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="84"/>
        <source>Tick it</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="87"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="161"/>
        <source>{0} is in {1}. Tick that region too?</source>
        <translation>{0} fica em {1}. Marcar essa região também?</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/panels/regions_section.py" line="162"/>
        <source>Tick the region {0}</source>
        <translation>Marcar a região {0}</translation>
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
        <translation>Painel de &amp;notas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="189"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprovar…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="190"/>
        <source>&amp;Request Changes…</source>
        <translation>Pedir a&amp;lterações…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="191"/>
        <source>Add a N&amp;ote on the Selection…</source>
        <translation>Adicionar n&amp;ota à seleção…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="192"/>
        <source>Site Re&amp;visions…</source>
        <translation>&amp;Revisões do site…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="245"/>
        <source>The open article is not on any site yet: it has no notes.</source>
        <translation>O artigo aberto ainda não está em nenhum site: não tem notas.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="249"/>
        <source>Reading the notes on %1…</source>
        <translation>Lendo as notas em %1…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="250"/>
        <source>the post</source>
        <translation>o post</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="275"/>
        <source>%1 cannot be reached; %2 notes wait to be sent at the next refresh.</source>
        <translation>Não foi possível acessar %1; %2 notas aguardam envio na próxima atualização.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="281"/>
        <source>Changes requested: %1</source>
        <translation>Alterações pedidas: %1</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="284"/>
        <source>%1 notes were refused by the site and are kept in the outbox: %2</source>
        <translation>O site recusou %1 notas; elas ficam na caixa de saída: %2</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="295"/>
        <source>The open article is not on any site yet: notes need a post.</source>
        <translation>O artigo aberto ainda não está em nenhum site: as notas precisam de um post.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="307"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="307"/>
        <source>Note on “%1”:</source>
        <translation>Nota sobre “%1”:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="308"/>
        <source>Note on the article:</source>
        <translation>Nota sobre o artigo:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="313"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="313"/>
        <source>Your reply:</source>
        <translation>Sua resposta:</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="324"/>
        <source>The open article is not on any site yet: there is nothing to approve.</source>
        <translation>O artigo aberto ainda não está em nenhum site: não há nada a aprovar.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="329"/>
        <source>post %1 on %2</source>
        <translation>o post %1 em %2</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="334"/>
        <source>Approving post %1…</source>
        <translation>Aprovando o post %1…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="341"/>
        <source>The open article is not on any site yet: there is nothing to review.</source>
        <translation>O artigo aberto ainda não está em nenhum site: não há nada a revisar.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="346"/>
        <source>What should change in “%1”?</source>
        <translation>O que deve mudar em “%1”?</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="347"/>
        <source>What should change? The post goes back to its writer as a draft.</source>
        <translation>O que deve mudar? O post volta ao autor como rascunho.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="348"/>
        <source>Request Changes</source>
        <translation>Pedir alterações</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="361"/>
        <source>Sending post %1 back with a note…</source>
        <translation>Devolvendo o post %1 com uma nota…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="365"/>
        <source>published</source>
        <translation>publicado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="365"/>
        <source>scheduled for %1 UTC</source>
        <translation>agendado para %1 UTC</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="366"/>
        <source>sent back to its writer as a draft</source>
        <translation>devolvido ao autor como rascunho</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="368"/>
        <source>Post %1 on %2: %3.</source>
        <translation>Post %1 em %2: %3.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/review_ui.py" line="379"/>
        <source>The open article is not on any site yet: it has no site revisions.</source>
        <translation>O artigo aberto ainda não está em nenhum site: não tem revisões do site.</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/site/revisions_dialog.py" line="63"/>
        <source>Revisions on %1</source>
        <translation>Revisões em %1</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/revisions_dialog.py" line="67"/>
        <source>&lt;span style=&apos;%1&apos;&gt;crossed out red&lt;/span&gt;: only in your text; &lt;span style=&apos;%2&apos;&gt;green&lt;/span&gt;: only in the revision.</source>
        <translation>&lt;span style=&apos;%1&apos;&gt;riscado em vermelho&lt;/span&gt;: só no seu texto; &lt;span style=&apos;%2&apos;&gt;verde&lt;/span&gt;: só na revisão.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/revisions_dialog.py" line="74"/>
        <source>Revisions, newest first</source>
        <translation>Revisões, a mais recente primeiro</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/revisions_dialog.py" line="77"/>
        <source>%1 UTC — %2</source>
        <translation>%1 UTC — %2</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/revisions_dialog.py" line="81"/>
        <source>Differences with your text, word by word</source>
        <translation>Diferenças com o seu texto, palavra por palavra</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/revisions_dialog.py" line="87"/>
        <source>&amp;Restore as Local Text</source>
        <translation>&amp;Restaurar como texto local</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/revisions_dialog.py" line="98"/>
        <source>The site keeps no revisions of this post.</source>
        <translation>O site não guarda revisões deste post.</translation>
    </message>
</context>
<context>
    <name>ScreenReaderDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="64"/>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="65"/>
        <source>Read as a screen reader</source>
        <translation>Ler como um leitor de tela</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="70"/>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="110"/>
        <source>Reading the article…</source>
        <translation>Lendo o artigo…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="75"/>
        <source>What a screen reader announces, in order</source>
        <translation>O que um leitor de tela anuncia, em ordem</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="76"/>
        <source>The headings, as screen readers list them</source>
        <translation>Os títulos, como os leitores de tela os listam</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="77"/>
        <source>The links, as screen readers list them</source>
        <translation>Os links, como os leitores de tela os listam</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="78"/>
        <source>&amp;Reading</source>
        <translation>&amp;Leitura</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="79"/>
        <source>&amp;Headings</source>
        <translation>&amp;Títulos</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="80"/>
        <source>&amp;Links</source>
        <translation>Lin&amp;ks</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="83"/>
        <source>Read &amp;again</source>
        <translation>Ler de &amp;novo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="126"/>
        <source>The article cannot be read: %1</source>
        <translation>Não é possível ler o artigo: %1</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/screen_reader_dialog.py" line="132"/>
        <source>Read in %1, the article&apos;s language: %2 headings, %3 links.</source>
        <translation>Lido em %1, o idioma do artigo: %2 títulos, %3 links.</translation>
    </message>
</context>
<context>
    <name>ShownWords</name>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="14"/>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="22"/>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="15"/>
        <source>Pending review</source>
        <translation>Aguardando revisão</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="16"/>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="24"/>
        <source>Scheduled</source>
        <translation>Agendado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="17"/>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="25"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="18"/>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="26"/>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="23"/>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="29"/>
        <source>created</source>
        <translation>criado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="30"/>
        <source>updated</source>
        <translation>atualizado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="31"/>
        <source>unchanged</source>
        <translation>sem mudanças</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="32"/>
        <source>changed on both sides</source>
        <translation>alterado dos dois lados</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="35"/>
        <source>save</source>
        <translation>salvo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="36"/>
        <source>autosave</source>
        <translation>salvamento automático</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="37"/>
        <source>restore</source>
        <translation>restauração</translation>
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
        <translation>Chamada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="45"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="46"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="47"/>
        <source>Regions</source>
        <translation>Regiões</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="48"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="49"/>
        <source>Featured image</source>
        <translation>Imagem destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="50"/>
        <source>Featured image alt text</source>
        <translation>Texto alternativo da imagem destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="51"/>
        <source>Featured image credit</source>
        <translation>Crédito da imagem destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="52"/>
        <source>Featured image caption</source>
        <translation>Legenda da imagem destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="55"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/common/shown_words.py" line="55"/>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
</context>
<context>
    <name>SiteConflictDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/publish/site_conflict_dialog.py" line="41"/>
        <source>Changed on the site</source>
        <translation>Alterado no site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/site_conflict_dialog.py" line="62"/>
        <location filename="../../src/sr_editor/gui/publish/site_conflict_dialog.py" line="72"/>
        <source>Differences between the site&apos;s post and your article</source>
        <translation>Diferenças entre o post do site e o seu artigo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/site_conflict_dialog.py" line="50"/>
        <source>&lt;p&gt;Below, word by word: &lt;span style=&apos;%1&apos;&gt;crossed out red&lt;/span&gt; is only in yours, &lt;span style=&apos;%2&apos;&gt;green&lt;/span&gt; only on the site.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Abaixo, palavra por palavra: o &lt;span style=&apos;%1&apos;&gt;riscado em vermelho&lt;/span&gt; só está no seu, o &lt;span style=&apos;%2&apos;&gt;verde&lt;/span&gt; só no site.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/site_conflict_dialog.py" line="53"/>
        <source>&lt;p&gt;Below, lines starting with − are on the site only, lines with + are yours.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Abaixo, as linhas que começam com − só estão no site; as com + são suas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/site_conflict_dialog.py" line="55"/>
        <source>&lt;p&gt;&lt;b&gt;%1 changed this post on %2 at %3 UTC&lt;/b&gt;, after you last published it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 alterou este post em %2 em %3 UTC&lt;/b&gt;, depois da sua última publicação.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/site_conflict_dialog.py" line="64"/>
        <source>The lines of HTML that differ between the site&apos;s post and your article.</source>
        <translation>As linhas de HTML que diferem entre o post do site e o seu artigo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/site_conflict_dialog.py" line="74"/>
        <source>Each field of your article and of the site&apos;s post, with the words that differ marked.</source>
        <translation>Cada campo do seu artigo e do post do site, com as palavras que diferem marcadas.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/site_conflict_dialog.py" line="81"/>
        <source>&lt;b&gt;Keep the site&apos;s version&lt;/b&gt; sends nothing: your article becomes the site&apos;s version and your own text goes to the local history (File ▸ History…).</source>
        <translation>&lt;b&gt;Manter a versão do site&lt;/b&gt; não envia nada: o seu artigo passa a ser a versão do site e o seu próprio texto vai para o histórico local (Arquivo ▸ Histórico…).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/site_conflict_dialog.py" line="87"/>
        <source>&amp;Overwrite the site&apos;s version</source>
        <translation>&amp;Sobrescrever a versão do site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/site_conflict_dialog.py" line="88"/>
        <source>&amp;Keep the site&apos;s version</source>
        <translation>&amp;Manter a versão do site</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="31"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="32"/>
        <source>Regions</source>
        <translation>Regiões</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="32"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="72"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="73"/>
        <source>The site whose posts are listed below.</source>
        <translation>O site cujos posts são listados abaixo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="74"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="82"/>
        <source>Which posts</source>
        <translation>Quais posts</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="84"/>
        <source>List all posts, only those pending review, scheduled ones or recently changed ones.</source>
        <translation>Listar todos os posts, só os aguardando revisão, os agendados ou os alterados recentemente.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="85"/>
        <source>All listed</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="85"/>
        <source>Pending review</source>
        <translation>Aguardando revisão</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="86"/>
        <source>Scheduled</source>
        <translation>Agendados</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="86"/>
        <source>Recently changed</source>
        <translation>Alterados recentemente</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="90"/>
        <source>Filter by title, author or region</source>
        <translation>Filtrar por título, autor ou região</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="92"/>
        <source>Filter the site&apos;s posts</source>
        <translation>Filtrar os posts do site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="94"/>
        <source>Only posts whose title, author or region contain these words stay in the list.</source>
        <translation>Só ficam na lista os posts cujo título, autor ou região contêm estas palavras.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="109"/>
        <source>Posts on the site</source>
        <translation>Posts no site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="110"/>
        <source>Choose a post, then Compare or Open it.</source>
        <translation>Escolha um post e depois Compare ou Abra.</translation>
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
        <translation>A&amp;provar…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="143"/>
        <source>Request C&amp;hanges…</source>
        <translation>Pedir alt&amp;erações…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="174"/>
        <source>No site yet: add one under Publish ▸ Sites…</source>
        <translation>Ainda não há sites: adicione um em Publicar ▸ Sites…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="186"/>
        <source>%1 posts, %2 awaiting review</source>
        <translation>%1 posts, %2 aguardando revisão</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="199"/>
        <source>Choose a post first.</source>
        <translation>Escolha um post primeiro.</translation>
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
        <translation>Alterações pedidas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_panel.py" line="226"/>
        <source>{0} — post {1}</source>
        <translation>{0} — post {1}</translation>
    </message>
</context>
<context>
    <name>SiteUi</name>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="44"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="73"/>
        <source>S&amp;ite</source>
        <translation>S&amp;ite</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="76"/>
        <source>Site &amp;Panel</source>
        <translation>&amp;Painel do site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="82"/>
        <source>&amp;Compare with the Site…</source>
        <translation>&amp;Comparar com o site…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="83"/>
        <source>&amp;Merge the Site&apos;s Version…</source>
        <translation>&amp;Mesclar a versão do site…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="85"/>
        <source>&amp;Take the Site&apos;s Version</source>
        <translation>&amp;Tomar a versão do site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="115"/>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="134"/>
        <source>The open article could not be saved, so nothing was pulled.</source>
        <translation>Não foi possível salvar o artigo aberto, então nada foi baixado.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="136"/>
        <source>Pulling post %1 from %2…</source>
        <translation>Baixando o post %1 de %2…</translation>
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
        <translation>Alterado dos dois lados</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="168"/>
        <source>This article was changed here and on %1 since the last sync. Your text is kept and the site&apos;s version is in the local history. Merge them now?</source>
        <translation>Este artigo foi alterado aqui e em %1 desde a última sincronização. O seu texto foi mantido e a versão do site está no histórico local. Mesclar agora?</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="186"/>
        <source>The open article is not on any site yet: there is nothing to compare.</source>
        <translation>O artigo aberto ainda não está em nenhum site: não há nada a comparar.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="202"/>
        <source>(not in this workspace)</source>
        <translation>(não está neste espaço de trabalho)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="206"/>
        <source>Reading post %1 from %2…</source>
        <translation>Lendo o post %1 de %2…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="238"/>
        <source>The open article is not on any site yet: there is no site version.</source>
        <translation>O artigo aberto ainda não está em nenhum site: não há versão do site.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="241"/>
        <source>Take the Site&apos;s Version</source>
        <translation>Tomar a versão do site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="242"/>
        <source>Replace your text with the version on %1? Yours goes to the local history.</source>
        <translation>Substituir o seu texto pela versão de %1? O seu vai para o histórico local.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="273"/>
        <source>No version from the site waits to be merged into this article.</source>
        <translation>Nenhuma versão do site aguarda ser mesclada neste artigo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="304"/>
        <source>Merge</source>
        <translation>Mesclar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/site_ui.py" line="307"/>
        <source>Merged; publish to send the result to %1.</source>
        <translation>Mesclado; publique para enviar o resultado a %1.</translation>
    </message>
</context>
<context>
    <name>SitesDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="204"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="221"/>
        <source>Site profiles</source>
        <translation>Perfis de site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="223"/>
        <source>The sites you can publish to; choose one to test, edit or remove it.</source>
        <translation>Os sites em que você pode publicar; escolha um para testar, editar ou remover.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="227"/>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="228"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="255"/>
        <source>What the connection test found</source>
        <translation>O que o teste de conexão encontrou</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="257"/>
        <source>What the last connection test found, one finding a line.</source>
        <translation>O que o último teste de conexão encontrou, um resultado por linha.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="261"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar a conexão</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="262"/>
        <source>Update &amp;categories and tags</source>
        <translation>Atualizar &amp;categorias e tags</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="308"/>
        <source>No sites yet</source>
        <translation>Ainda não há sites</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="309"/>
        <source>Add the WordPress site you publish to, with your username and an Application Password.</source>
        <translation>Adicione o site WordPress em que você publica, com seu usuário e uma senha de aplicativo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="313"/>
        <source>%1&lt;br&gt;Username: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1&lt;br&gt;Usuário: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="348"/>
        <source>Logged in as %1, role: %2.</source>
        <translation>Conectado como %1, função: %2.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="359"/>
        <source>Remove site</source>
        <translation>Remover o site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="360"/>
        <source>Remove %1 and delete its password from the keyring? Articles keep their links to posts on it.</source>
        <translation>Remover %1 e apagar a senha dele do chaveiro? Os artigos mantêm os links para os posts desse site.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="396"/>
        <source>Password for %1</source>
        <translation>Senha de %1</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="397"/>
        <source>No password for %1 is stored on this computer. Application Password of %2 on %1 (kept until you quit):</source>
        <translation>Não há senha de %1 guardada neste computador. Senha de aplicativo de %2 em %1 (mantida até você sair):</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/publish/sites_dialog.py" line="413"/>
        <source>%1 categories and %2 tags are now available offline.</source>
        <translation>%1 categorias e %2 tags já estão disponíveis off-line.</translation>
    </message>
</context>
<context>
    <name>SpellingUI</name>
    <message>
        <location filename="../../src/sr_editor/gui/spelling/spelling_ui.py" line="206"/>
        <source>Could not save the word list {0}: {1}</source>
        <translation>Não foi possível salvar a lista de palavras {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/spelling/spelling_ui.py" line="262"/>
        <source>No suggestions</source>
        <translation>Sem sugestões</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/spelling/spelling_ui.py" line="265"/>
        <source>Add “{0}” to my dictionary</source>
        <translation>Adicionar “{0}” ao meu dicionário</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/spelling/spelling_ui.py" line="270"/>
        <source>Add to the workspace&apos;s word list</source>
        <translation>Adicionar à lista de palavras do espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/spelling/spelling_ui.py" line="274"/>
        <source>Ignore “{0}”</source>
        <translation>Ignorar “{0}”</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/spelling/spelling_ui.py" line="281"/>
        <source>Spelling</source>
        <translation>Ortografia</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/spelling/spelling_ui.py" line="283"/>
        <source>Check spelling as I type</source>
        <translation>Verificar a ortografia ao digitar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/spelling/spelling_ui.py" line="79"/>
        <source>Spelling language of this article</source>
        <translation>Idioma da ortografia deste artigo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/spelling/spelling_ui.py" line="307"/>
        <source>{0} (no dictionary)</source>
        <translation>{0} (sem dicionário)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/spelling/spelling_ui.py" line="308"/>
        <source>Spelling language of this article: {0}. Click to change it.</source>
        <translation>Idioma da ortografia deste artigo: {0}. Clique para mudá-lo.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/trash_dialog.py" line="59"/>
        <source>Trash</source>
        <translation>Lixeira</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/trash_dialog.py" line="68"/>
        <source>Deleted articles</source>
        <translation>Artigos excluídos</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/trash_dialog.py" line="70"/>
        <source>Articles moved to the trash; choose one and restore it.</source>
        <translation>Artigos movidos para a lixeira; escolha um e restaure-o.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/trash_dialog.py" line="71"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/trash_dialog.py" line="71"/>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/trash_dialog.py" line="71"/>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/trash_dialog.py" line="82"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/trash_dialog.py" line="100"/>
        <source>The trash folder cannot be read ({0}).</source>
        <translation>Não é possível ler a pasta da lixeira ({0}).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/trash_dialog.py" line="103"/>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/trash_dialog.py" line="110"/>
        <source>The trash is empty.</source>
        <translation>A lixeira está vazia.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/dialogs/trash_dialog.py" line="124"/>
        <source>Article not restored</source>
        <translation>Artigo não restaurado</translation>
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
        <translation>Este artigo não pode ser lido: %1. O arquivo inteiro é mostrado: corrija-o aqui e salve (Ctrl+S) para lê-lo de novo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/controller.py" line="193"/>
        <source>This article cannot be read, so there is nothing to preview.</source>
        <translation>Este artigo não pode ser lido, então não há nada para pré-visualizar.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/controller.py" line="293"/>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/controller.py" line="210"/>
        <source>1 word</source>
        <translation>1 palavra</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/controller.py" line="210"/>
        <source>{0} words</source>
        <translation>{0} palavras</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/controller.py" line="211"/>
        <source>{0} min read</source>
        <translation>{0} min de leitura</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/controller.py" line="218"/>
        <source>Cannot be read</source>
        <translation>Não pode ser lido</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/controller.py" line="220"/>
        <source>Not saved: changed on disk</source>
        <translation>Não salvo: alterado no disco</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/controller.py" line="222"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/window/controller.py" line="222"/>
        <location filename="../../src/sr_editor/gui/window/controller.py" line="237"/>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
</context>
<context>
    <name>WorkspaceMenu</name>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/workspace_menu.py" line="34"/>
        <source>Open &amp;workspace…</source>
        <translation>Abrir &amp;espaço de trabalho…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/workspace_menu.py" line="36"/>
        <source>New wor&amp;kspace…</source>
        <translation>N&amp;ovo espaço de trabalho…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/workspace_menu.py" line="38"/>
        <source>Re&amp;cent workspaces</source>
        <translation>Espaços de trabalho &amp;recentes</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/workspace_menu.py" line="59"/>
        <source>Open a workspace folder</source>
        <translation>Abrir uma pasta de espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/workspace_menu.py" line="66"/>
        <source>Choose an empty folder for the new workspace</source>
        <translation>Escolha uma pasta vazia para o novo espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/workspace_menu.py" line="70"/>
        <source>New workspace</source>
        <translation>Novo espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/workspace/workspace_menu.py" line="71"/>
        <source>Add the sample articles to the new workspace? They show how articles, images and regions look; you can delete them later.</source>
        <translation>Adicionar os artigos de exemplo ao novo espaço de trabalho? Eles mostram como ficam artigos, imagens e regiões; você pode excluí-los depois.</translation>
    </message>
</context>
<context>
    <name>WritingRoom</name>
    <message>
        <location filename="../../src/sr_editor/gui/window/writing_room.py" line="167"/>
        <source>The preview is hidden to leave the editor room; View › Preview shows it.</source>
        <translation>A pré-visualização foi ocultada para dar espaço ao editor; Exibir › Pré-visualização a mostra.</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../../src/sr_editor/gui/site/revisions_dialog.py" line="126"/>
        <source>Reading the revisions of post %1…</source>
        <translation>Lendo as revisões do post %1…</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/revisions_dialog.py" line="156"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/gui/site/revisions_dialog.py" line="159"/>
        <source>Restored the revision of %1 by %2; your previous text is in the local history.</source>
        <translation>Revisão de %1 por %2 restaurada; o texto anterior está no histórico local.</translation>
    </message>
</context>
</TS>
