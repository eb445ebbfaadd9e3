<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AltStateError</name>
    <message>
        <location filename="../../src/sr_editor/core/alt/state.py" line="247"/>
        <source>another program keeps the site&apos;s queue busy; it was not saved</source>
        <translation>outro programa mantém a fila do site ocupada; ela não foi salva</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/alt/state.py" line="336"/>
        <source>another program keeps the outbox busy; the description was not kept, try again</source>
        <translation>outro programa mantém a caixa de saída ocupada; a descrição não foi guardada, tente de novo</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="233"/>
        <source>error {0}</source>
        <translation>erro {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="234"/>
        <source>{0} refused the request: {1}.</source>
        <translation>{0} recusou a solicitação: {1}.</translation>
    </message>
</context>
<context>
    <name>ApplicationPasswordsDisabled</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="107"/>
        <source>{0} has Application Passwords switched off; ask the site&apos;s administrator to enable them.</source>
        <translation>{0} está com as senhas de aplicativo desativadas; peça ao administrador do site que as ative.</translation>
    </message>
</context>
<context>
    <name>ArticleBusyError</name>
    <message>
        <location filename="../../src/sr_editor/core/storage/lock.py" line="199"/>
        <source>{0} is being saved by another program that does not finish; not saved, try again.</source>
        <translation>Outro programa está salvando {0} e não termina; não foi salvo, tente novamente.</translation>
    </message>
</context>
<context>
    <name>ArticleExistsError</name>
    <message>
        <location filename="../../src/sr_editor/core/errors.py" line="75"/>
        <source>{0} already exists; choose another name.</source>
        <translation>{0} já existe; escolha outro nome.</translation>
    </message>
</context>
<context>
    <name>ArticleInUseError</name>
    <message>
        <location filename="../../src/sr_editor/core/storage/workspace.py" line="264"/>
        <source>{0} is being saved by another program or window; it was not renamed, try again in a moment.</source>
        <translation>Outro programa ou janela está salvando {0}; o nome não foi alterado, tente de novo em instantes.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/storage/workspace.py" line="295"/>
        <source>{0} is being saved by another program or window; it was not moved to the trash, try again in a moment.</source>
        <translation>Outro programa ou janela está salvando {0}; não foi movido para a lixeira, tente de novo em instantes.</translation>
    </message>
</context>
<context>
    <name>ArticleNotFoundError</name>
    <message>
        <location filename="../../src/sr_editor/core/errors.py" line="54"/>
        <source>{0}: no article here (expected a folder holding index.md, or index.md itself).</source>
        <translation>{0}: não há artigo aqui (era esperada uma pasta com index.md, ou o próprio index.md).</translation>
    </message>
</context>
<context>
    <name>ArticleSession</name>
    <message>
        <location filename="../../src/sr_editor/services/document/session.py" line="55"/>
        <source>The article</source>
        <translation>O artigo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/services/document/session.py" line="56"/>
        <source>{0} could not be saved; its text is kept in a recovery copy.</source>
        <translation>Não foi possível salvar {0}; o texto está guardado em uma cópia de recuperação.</translation>
    </message>
</context>
<context>
    <name>ArticleTooLargeError</name>
    <message>
        <location filename="../../src/sr_editor/core/errors.py" line="84"/>
        <source>{0} would be {1} MB, over the {2} MB limit for articles; not saved.</source>
        <translation>{0} ficaria com {1} MB, acima do limite de {2} MB para artigos; não foi salvo.</translation>
    </message>
</context>
<context>
    <name>ArticleWriteError</name>
    <message>
        <location filename="../../src/sr_editor/core/errors.py" line="65"/>
        <source>{0} could not be saved ({1}); the previous version on disk is unchanged.</source>
        <translation>Não foi possível salvar {0} ({1}); a versão anterior no disco continua intacta.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/storage/store.py" line="179"/>
        <source>the file on disk cannot be read: {0}</source>
        <translation>não é possível ler o arquivo no disco: {0}</translation>
    </message>
</context>
<context>
    <name>AuthError</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="80"/>
        <source>{0} did not accept the password: it is not an Application Password (those are 24 letters and digits, shown in groups of four), and the password you log in with does not work here.</source>
        <translation>{0} não aceitou a senha: ela não é uma senha de aplicativo (essas têm 24 letras e algarismos, mostrados em grupos de quatro), e a senha com que você faz login não funciona aqui.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="85"/>
        <source>{0} did not accept the username or password{1}. An Application Password needs your WordPress username (the one you log in with), not the name you gave the password.</source>
        <translation>{0} não aceitou o nome de usuário ou a senha{1}. Uma senha de aplicativo precisa do seu nome de usuário do WordPress (aquele com que você faz login), não do nome que você deu à senha.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="101"/>
        <source>Make an Application Password on your profile page on the site, {0}, under &quot;Application Passwords&quot;.</source>
        <translation>Crie uma senha de aplicativo na sua página de perfil no site, {0}, em &quot;Senhas de aplicativo&quot;.</translation>
    </message>
</context>
<context>
    <name>AutosaveService</name>
    <message>
        <location filename="../../src/sr_editor/services/document/autosave.py" line="260"/>
        <source>Could not write the recovery copy of {0}: {1}</source>
        <translation>Não foi possível gravar a cópia de recuperação de {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/services/document/autosave.py" line="213"/>
        <location filename="../../src/sr_editor/services/document/autosave.py" line="306"/>
        <location filename="../../src/sr_editor/services/document/autosave.py" line="309"/>
        <source>Could not save {0}/index.md: {1}</source>
        <translation>Não foi possível salvar {0}/index.md: {1}</translation>
    </message>
</context>
<context>
    <name>BadAltTextError</name>
    <message>
        <location filename="../../src/sr_editor/core/alt/queue.py" line="47"/>
        <source>The description holds an invisible control character ({0}); remove it and try again.</source>
        <translation>A descrição contém um caractere de controle invisível ({0}); remova-o e tente de novo.</translation>
    </message>
</context>
<context>
    <name>BrokenArticleError</name>
    <message>
        <location filename="../../src/sr_editor/core/errors.py" line="23"/>
        <source>{0}, line {1}</source>
        <translation>{0}, linha {1}</translation>
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
        <translation>uma verificação falhou</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="258"/>
        <source> (and {0} more)</source>
        <translation> (e mais {0})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="259"/>
        <source>{0}: not published, fix this first{1}: {2} (or use force).</source>
        <translation>{0}: não foi publicado, corrija isto primeiro{1}: {2} (ou use force).</translation>
    </message>
</context>
<context>
    <name>CompanionMissing</name>
    <message>
        <location filename="../../src/sr_editor/publish/review/errors.py" line="14"/>
        <source>{0} does not have the sr-editor companion plugin, which {1} needs; an administrator can install it from Plugins &gt; Add New &gt; Upload Plugin (packaging/wordpress/build-zip.sh makes the zip).</source>
        <translation>{0} não tem o plugin complementar do sr-editor, necessário para {1}; um administrador pode instalá-lo em Plugins &gt; Adicionar novo &gt; Enviar plugin (packaging/wordpress/build-zip.sh gera o zip).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/lock.py" line="52"/>
        <source>showing who is editing a post</source>
        <translation>mostrar quem está editando um post</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/describer.py" line="29"/>
        <source>describing images with the Image describer role</source>
        <translation>descrever imagens com a função Descritor de imagens</translation>
    </message>
</context>
<context>
    <name>ConflictError</name>
    <message>
        <location filename="../../src/sr_editor/publish/sync/conflict.py" line="25"/>
        <source>on the site</source>
        <translation>no site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/conflict.py" line="26"/>
        <source>yours</source>
        <translation>a sua</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/conflict.py" line="53"/>
        <source>user #{0}</source>
        <translation>usuário nº {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/conflict.py" line="53"/>
        <source>someone</source>
        <translation>alguém</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/conflict.py" line="119"/>
        <source>media item {0} on the site</source>
        <translation>item de mídia {0} no site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="298"/>
        <source>{0}: the post on {1} was changed by {2} at {3} UTC since you last published; not overwriting it (compare, then publish with force to overwrite).</source>
        <translation>{0}: {2} alterou o post em {1} em {3} UTC, depois da sua última publicação; ele não será sobrescrito (compare e depois publique com force para sobrescrever).</translation>
    </message>
</context>
<context>
    <name>CreateUnconfirmed</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="280"/>
        <source>{0}: {1} did not confirm the new post, and it had not appeared {2} s later; publish again later (publishing first looks for a post that arrived late and updates it).</source>
        <translation>{0}: {1} não confirmou o novo post, e ele não tinha aparecido {2} s depois; publique novamente mais tarde (a publicação procura primeiro um post que chegou atrasado e o atualiza).</translation>
    </message>
</context>
<context>
    <name>CredentialsUnavailable</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="306"/>
        <source>No password for {0}: {1}</source>
        <translation>Sem senha para {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/session.py" line="147"/>
        <source>none is stored; type it to publish this time.</source>
        <translation>nenhuma está salva; digite-a para publicar desta vez.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/sites.py" line="163"/>
        <source>none is stored in the keyring; add the site again.</source>
        <translation>nenhuma está salva no chaveiro; adicione o site novamente.</translation>
    </message>
</context>
<context>
    <name>ExternalChangeError</name>
    <message>
        <location filename="../../src/sr_editor/core/errors.py" line="33"/>
        <source>{0} was changed by another program since it was opened; not overwriting it.</source>
        <translation>Outro programa alterou {0} depois que ele foi aberto; ele não será sobrescrito.</translation>
    </message>
</context>
<context>
    <name>HistoryVersionNotFoundError</name>
    <message>
        <location filename="../../src/sr_editor/core/storage/history.py" line="48"/>
        <source>{0}: the earlier version {1} is no longer in the local history.</source>
        <translation>{0}: a versão anterior {1} não está mais no histórico local.</translation>
    </message>
</context>
<context>
    <name>InsecureURLError</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="51"/>
        <source>{0} is not a safe address: use https:// (plain http:// is only allowed for this computer).</source>
        <translation>{0} não é um endereço seguro: use https:// (http:// sem criptografia só é permitido para este computador).</translation>
    </message>
</context>
<context>
    <name>MissingScheme</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="61"/>
        <source>The address {0} needs https:// or http:// at the start: write it as {1}.</source>
        <translation>O endereço {0} precisa de https:// ou http:// no início: escreva-o como {1}.</translation>
    </message>
</context>
<context>
    <name>NotFound</name>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/fetch.py" line="147"/>
        <source>file {0}</source>
        <translation>o arquivo {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="222"/>
        <source>{0} has no {1} (it may have been deleted on the site).</source>
        <translation>{0} não tem {1} (pode ter sido excluído no site).</translation>
    </message>
</context>
<context>
    <name>NotWordPress</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="213"/>
        <source>{0} answers, but not as a WordPress site ({1} has no WordPress REST API): use the address of the site&apos;s front page, the one whose /wp-admin/ page logs you in (without /wp-admin or /wp-json at the end).</source>
        <translation>{0} responde, mas não como um site WordPress ({1} não tem a API REST do WordPress): use o endereço da página inicial do site, aquele cuja página /wp-admin/ faz o seu login (sem /wp-admin nem /wp-json no final).</translation>
    </message>
</context>
<context>
    <name>NoteNotFound</name>
    <message>
        <location filename="../../src/sr_editor/publish/review/errors.py" line="38"/>
        <source>{0} has no note {1} on this post.</source>
        <translation>{0} não tem a nota {1} neste post.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../src/sr_editor/publish/review/notes.py" line="109"/>
        <source>a user who no longer exists</source>
        <translation>um usuário que não existe mais</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/notes.py" line="117"/>
        <location filename="../../src/sr_editor/publish/review/notes.py" line="148"/>
        <source>the notes</source>
        <translation>as notas</translation>
    </message>
</context>
<context>
    <name>NotesUnavailable</name>
    <message>
        <location filename="../../src/sr_editor/publish/review/errors.py" line="22"/>
        <source>{0} keeps no notes: it has neither WordPress 6.9&apos;s Notes nor the sr-editor companion plugin; the note stays in this workspace&apos;s outbox until it has one.</source>
        <translation>{0} não guarda notas: não tem as Notas do WordPress 6.9 nem o plugin complementar do sr-editor; a nota fica na caixa de saída deste espaço de trabalho até que tenha um deles.</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="36"/>
        <source>read this</source>
        <translation>ler isto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="36"/>
        <source>such item</source>
        <translation>esse item</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="37"/>
        <source>log in</source>
        <translation>fazer login</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="37"/>
        <source>such user</source>
        <translation>esse usuário</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="38"/>
        <source>create posts</source>
        <translation>criar posts</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="38"/>
        <location filename="../../src/sr_editor/publish/errors.py" line="39"/>
        <source>such post</source>
        <translation>esse post</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="39"/>
        <source>edit this post</source>
        <translation>editar este post</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="40"/>
        <source>upload images</source>
        <translation>enviar imagens</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="40"/>
        <location filename="../../src/sr_editor/publish/errors.py" line="42"/>
        <source>such image</source>
        <translation>essa imagem</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="41"/>
        <source>edit this image&apos;s details</source>
        <translation>editar os dados desta imagem</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="43"/>
        <source>create tags</source>
        <translation>criar tags</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="43"/>
        <source>such tag</source>
        <translation>essa tag</translation>
    </message>
</context>
<context>
    <name>PermissionDenied</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="123"/>
        <source>Your account on {0} may not {1}{2}.</source>
        <translation>Sua conta em {0} não pode {1}{2}.</translation>
    </message>
</context>
<context>
    <name>PostLock</name>
    <message>
        <location filename="../../src/sr_editor/publish/review/lock.py" line="29"/>
        <source>a user who no longer exists (#{0})</source>
        <translation>um usuário que não existe mais (nº {0})</translation>
    </message>
</context>
<context>
    <name>PostLocked</name>
    <message>
        <location filename="../../src/sr_editor/publish/review/errors.py" line="32"/>
        <source>{0} is editing this post on {1} (since {2} UTC).</source>
        <translation>{0} está editando este post em {1} (desde {2} UTC).</translation>
    </message>
</context>
<context>
    <name>PreviewPipeline</name>
    <message>
        <location filename="../../src/sr_editor/services/preview/worker.py" line="77"/>
        <source>The preview could not be rendered: {0}</source>
        <translation>Não foi possível gerar a pré-visualização: {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/services/preview/render_child.py" line="148"/>
        <location filename="../../src/sr_editor/services/preview/render_child.py" line="156"/>
        <source>The render process ended.</source>
        <translation>O processo que gera a pré-visualização terminou.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/services/preview/render_child.py" line="175"/>
        <source>The preview took longer than {0:.0f} seconds to render.</source>
        <translation>A pré-visualização levou mais de {0:.0f} segundos para ser gerada.</translation>
    </message>
</context>
<context>
    <name>PublishBusy</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="271"/>
        <source>{0}: another sr-editor window or command has been publishing this article for over {1} s; try again when it has finished.</source>
        <translation>{0}: outra janela ou comando do sr-editor está publicando este artigo há mais de {1} s; tente novamente quando terminar.</translation>
    </message>
</context>
<context>
    <name>PublishCancelled</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="265"/>
        <source>{0}: publishing was cancelled; what was done so far is recorded.</source>
        <translation>{0}: a publicação foi cancelada; o que foi feito até agora está registrado.</translation>
    </message>
</context>
<context>
    <name>PublishJob</name>
    <message>
        <location filename="../../src/sr_editor/publish/sync/flow.py" line="120"/>
        <source>Checking the article</source>
        <translation>Verificando o artigo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/flow.py" line="122"/>
        <source>Matching regions and countries to categories and tags</source>
        <translation>Associando regiões e países a categorias e tags</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/flow.py" line="134"/>
        <source>nothing to send</source>
        <translation>nada a enviar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/flow.py" line="140"/>
        <source>Sending the post</source>
        <translation>Enviando o post</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/flow.py" line="146"/>
        <source>Publishing needs a connection to the site (only a dry run works without).</source>
        <translation>Para publicar é preciso conexão com o site (sem ela só funciona uma simulação).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/flow.py" line="178"/>
        <source>{0}: the tags {1} do not exist on {2}; nothing was sent. Check the spelling, or let publishing create them (the Publish dialog&apos;s &quot;Create new tags&quot; box, or --create-tags).</source>
        <translation>{0}: as tags {1} não existem em {2}; nada foi enviado. Confira a grafia ou deixe a publicação criá-las (a caixa &quot;Criar novas tags&quot; do diálogo Publicar, ou --create-tags).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_images.py" line="35"/>
        <source>{0} (the image {1}).</source>
        <translation>{0} (a imagem {1}).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_images.py" line="88"/>
        <source>{0}: the image {1} does not exist in the article&apos;s folder.</source>
        <translation>{0}: a imagem {1} não existe na pasta do artigo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_images.py" line="89"/>
        <source>{0}: the image {1} is outside the article&apos;s folder.</source>
        <translation>{0}: a imagem {1} está fora da pasta do artigo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_images.py" line="150"/>
        <source>Image {0} of {1}: {2}</source>
        <translation>Imagem {0} de {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_images.py" line="133"/>
        <source>{0}: cannot read the image {1} ({2}).</source>
        <translation>{0}: não é possível ler a imagem {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_post.py" line="168"/>
        <source>The site is slow: checking whether the post has arrived</source>
        <translation>O site está lento: verificando se o post chegou</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_writeback.py" line="72"/>
        <source>{0} kept changing while the publish wrote its post id back; publish again to record it.</source>
        <translation>{0} continuou mudando enquanto a publicação gravava o id do post; publique novamente para registrá-lo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_plan.py" line="23"/>
        <source>image {0}: upload</source>
        <translation>imagem {0}: enviar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_plan.py" line="23"/>
        <source>image {0}: already on the site</source>
        <translation>imagem {0}: já está no site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_plan.py" line="26"/>
        <source>categories: {0} (ids {1})</source>
        <translation>categorias: {0} (ids {1})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_plan.py" line="29"/>
        <source>tags to create: {0}</source>
        <translation>tags a criar: {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_plan.py" line="32"/>
        <source>nothing to send (post {0} is already the same)</source>
        <translation>nada a enviar (o post {0} já é igual)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_plan.py" line="34"/>
        <source>unchanged</source>
        <translation>inalterado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_plan.py" line="35"/>
        <source>update post {0}</source>
        <translation>atualizar o post {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_plan.py" line="35"/>
        <source>create a new post</source>
        <translation>criar um novo post</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_plan.py" line="36"/>
        <source>post: {0}, status {1}</source>
        <translation>post: {0}, status {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_plan.py" line="38"/>
        <source>forced past: {0}</source>
        <translation>forçado apesar de: {0}</translation>
    </message>
</context>
<context>
    <name>PublishSession</name>
    <message>
        <location filename="../../src/sr_editor/publish/sync/session.py" line="159"/>
        <source>Paste the Application Password created in WordPress under Users ▸ Profile.</source>
        <translation>Cole a senha de aplicativo criada no WordPress em Usuários ▸ Perfil.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/session.py" line="176"/>
        <source>{0} was removed, but its password could not be deleted from the keyring ({1}).</source>
        <translation>{0} foi removido, mas não foi possível excluir a senha dele do chaveiro ({1}).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/session.py" line="245"/>
        <source>{0} was never published to {1}; there is no site version.</source>
        <translation>{0} nunca foi publicado em {1}; não há versão do site.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/session.py" line="259"/>
        <source>the system keyring did not answer</source>
        <translation>o chaveiro do sistema não respondeu</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/session.py" line="261"/>
        <source>The password could not be stored in the system keyring ({0}), so it is kept in memory for this session only.</source>
        <translation>Não foi possível guardar a senha no chaveiro do sistema ({0}), então ela fica na memória apenas nesta sessão.</translation>
    </message>
</context>
<context>
    <name>RedirectRefused</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="173"/>
        <source>{0} redirected {1} to {2}, which sr-editor does not follow, so nothing was sent there: check the site&apos;s address in the site settings.</source>
        <translation>{0} redirecionou {1} para {2}, e o sr-editor não segue esse redirecionamento, então nada foi enviado para lá: confira o endereço do site nas configurações do site.</translation>
    </message>
</context>
<context>
    <name>RenderLimitError</name>
    <message>
        <location filename="../../src/sr_editor/core/render/guard.py" line="40"/>
        <source>line {0} of the article text: {1}.</source>
        <translation>linha {0} do texto do artigo: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/render/guard.py" line="96"/>
        <source>the text is nested {0} levels deep (lists or quotes); at most {1} can be shown</source>
        <translation>o texto tem {0} níveis de aninhamento (listas ou citações); no máximo {1} podem ser exibidos</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/render/guard.py" line="316"/>
        <source>a table row has {0} columns; at most {1} can be shown</source>
        <translation>uma linha de tabela tem {0} colunas; no máximo {1} podem ser mostradas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/render/guard.py" line="319"/>
        <source>a table has more than {0} cells, too many to be shown; split it into several tables</source>
        <translation>uma tabela tem mais de {0} células, demais para serem mostradas; divida-a em várias tabelas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/render/guard.py" line="326"/>
        <source>one paragraph holds more than {0} links, emphases or code spans, too many to be shown; split it into several paragraphs</source>
        <translation>um parágrafo contém mais de {0} links, ênfases ou trechos de código, demais para serem mostrados; divida-o em vários parágrafos</translation>
    </message>
</context>
<context>
    <name>RequestCancelled</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="164"/>
        <source>The request to {0} was cancelled.</source>
        <translation>A solicitação para {0} foi cancelada.</translation>
    </message>
</context>
<context>
    <name>RequestTooLarge</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="190"/>
        <source>{0} refused the request as too large (HTTP 413) when trying to {1}; ask the site&apos;s administrator to raise the request size limit.</source>
        <translation>{0} recusou a solicitação por ser grande demais (HTTP 413) ao tentar {1}; peça ao administrador do site que aumente o limite de tamanho das solicitações.</translation>
    </message>
</context>
<context>
    <name>ResponseMismatch</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="241"/>
        <source>{0} did not keep the {1} we sent; run sync-terms and publish again.</source>
        <translation>{0} não manteve {1} que enviamos; execute sync-terms e publique novamente.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="328"/>
        <source>categories</source>
        <translation>as categorias</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="328"/>
        <source>tags</source>
        <translation>as tags</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="329"/>
        <source>featured image</source>
        <translation>a imagem destacada</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../src/sr_editor/publish/review/actions.py" line="39"/>
        <source>The time {0} has no time zone; add one, e.g. +01:00.</source>
        <translation>O horário {0} não tem fuso horário; acrescente um, por exemplo +01:00.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/actions.py" line="53"/>
        <source>Requesting changes needs a note saying which.</source>
        <translation>Pedir alterações exige uma nota dizendo quais.</translation>
    </message>
</context>
<context>
    <name>Revisions</name>
    <message>
        <location filename="../../src/sr_editor/publish/review/revisions.py" line="39"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/revisions.py" line="42"/>
        <source>a user</source>
        <translation>um usuário</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/revisions.py" line="46"/>
        <source>user #{0}</source>
        <translation>usuário nº {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/revisions.py" line="60"/>
        <source>the post&apos;s revisions</source>
        <translation>as revisões do post</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/revisions.py" line="65"/>
        <source>a revision</source>
        <translation>uma revisão</translation>
    </message>
</context>
<context>
    <name>RoleCannotDoThis</name>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/roles.py" line="39"/>
        <source>an account without a role</source>
        <translation>uma conta sem função</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/roles.py" line="83"/>
        <source>Your account on {0} is {1}: it may not publish. Use &quot;Submit for review&quot; (status pending) and an Editor will publish it.</source>
        <translation>Sua conta em {0} é {1}: ela não pode publicar. Use &quot;Enviar para revisão&quot; (status pending) e um Editor vai publicá-lo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/roles.py" line="88"/>
        <source>Your account on {0} is {1}: it cannot upload images, and this article has {2} image(s) the site does not have yet ({3}). Ask an Editor or Author to publish it with the images, or remove them and submit the text for review.</source>
        <translation>Sua conta em {0} é {1}: ela não pode enviar imagens, e este artigo tem {2} imagem(ns) que o site ainda não tem ({3}). Peça a um Editor ou Autor que o publique com as imagens, ou remova-as e envie o texto para revisão.</translation>
    </message>
</context>
<context>
    <name>RoleCannotPublish</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="129"/>
        <source>Your account on {0} may not publish posts; use &quot;submit for review&quot; (status pending) instead.</source>
        <translation>Sua conta em {0} não pode publicar posts; use &quot;enviar para revisão&quot; (status pending) em vez disso.</translation>
    </message>
</context>
<context>
    <name>ServerError</name>
    <message>
        <location filename="../../src/sr_editor/publish/alt/sync.py" line="88"/>
        <source>the answer came from another site</source>
        <translation>a resposta veio de outro site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/answers.py" line="47"/>
        <location filename="../../src/sr_editor/publish/wordpress/paging.py" line="206"/>
        <source>the answer was not JSON</source>
        <translation>a resposta não era JSON</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/fetch.py" line="88"/>
        <source>the answer is larger than {0} MB</source>
        <translation>a resposta tem mais de {0} MB</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/fetch.py" line="149"/>
        <location filename="../../src/sr_editor/publish/wordpress/fetch.py" line="152"/>
        <source>downloading {0}</source>
        <translation>ao baixar {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/site_review.py" line="95"/>
        <source>the post answer was not an object</source>
        <translation>a resposta com o post não era um objeto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="149"/>
        <source>{0} had an internal problem (HTTP {1}{2}); try again later.</source>
        <translation>{0} teve um problema interno (HTTP {1}{2}); tente novamente mais tarde.</translation>
    </message>
</context>
<context>
    <name>SiteProfileError</name>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/sites.py" line="43"/>
        <source>&quot;{0}&quot; is not a usable site name: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; (at most 64).</source>
        <translation>&quot;{0}&quot; não serve como nome de site: use letras, dígitos, &apos;-&apos;, &apos;_&apos; ou &apos;.&apos; (no máximo 64).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/sites.py" line="67"/>
        <source>{0} cannot be read ({1}); fix or delete it.</source>
        <translation>Não é possível ler {0} ({1}); corrija-o ou exclua-o.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/sites.py" line="71"/>
        <source>{0} is not a list of sites (&quot;sites&quot;: [...]); fix or delete it.</source>
        <translation>{0} não é uma lista de sites (&quot;sites&quot;: [...]); corrija-o ou exclua-o.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/sites.py" line="88"/>
        <source>none yet</source>
        <translation>nenhum ainda</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/sites.py" line="89"/>
        <source>No site named &quot;{0}&quot; (known: {1}); add it with `sr-editor site add`.</source>
        <translation>Não há site chamado &quot;{0}&quot; (conhecidos: {1}); adicione-o com `sr-editor site add`.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/sites.py" line="98"/>
        <source>A site needs the WordPress username you log in with.</source>
        <translation>Um site precisa do nome de usuário do WordPress com que você faz login.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/sites.py" line="136"/>
        <source>Cannot save {0}: {1}.</source>
        <translation>Não é possível salvar {0}: {1}.</translation>
    </message>
</context>
<context>
    <name>SiteTimeout</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="156"/>
        <source>{0} did not answer within {1} s.</source>
        <translation>{0} não respondeu em {1} s.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="159"/>
        <source>{0} did not answer in time.</source>
        <translation>{0} não respondeu a tempo.</translation>
    </message>
</context>
<context>
    <name>SiteUnreachable</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="204"/>
        <source>{0} cannot be reached (offline, or a wrong address).</source>
        <translation>Não é possível acessar {0} (sem conexão, ou endereço errado).</translation>
    </message>
</context>
<context>
    <name>SpellingUnavailableError</name>
    <message>
        <location filename="../../src/sr_editor/core/spelling/checker.py" line="39"/>
        <source>Spell checking is off for {0}: install the Debian package {1}.</source>
        <translation>A verificação ortográfica está desativada para {0}: instale o pacote do Debian {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/spelling/checker.py" line="82"/>
        <source>libenchant-2-2 (and the Python package pyenchant)</source>
        <translation>libenchant-2-2 (e o pacote Python pyenchant)</translation>
    </message>
</context>
<context>
    <name>StateFileBusyError</name>
    <message>
        <location filename="../../src/sr_editor/core/storage/lock.py" line="285"/>
        <source>{0} is being changed by another program that does not finish; nothing was changed, try again.</source>
        <translation>Outro programa está alterando {0} e não termina; nada foi alterado, tente de novo.</translation>
    </message>
</context>
<context>
    <name>SyncCancelled</name>
    <message>
        <location filename="../../src/sr_editor/publish/alt/sync.py" line="57"/>
        <source>The sync with {0} was cancelled; what was fetched so far is kept.</source>
        <translation>A sincronização com {0} foi cancelada; o que foi baixado até agora é mantido.</translation>
    </message>
</context>
<context>
    <name>TLSFailure</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="197"/>
        <source>The secure connection to {0} failed (its certificate could not be verified); nothing was sent.</source>
        <translation>A conexão segura com {0} falhou (não foi possível verificar o certificado); nada foi enviado.</translation>
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
        <translation>a solicitação do post</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/client.py" line="306"/>
        <source>the user request (users/me)</source>
        <translation>a solicitação do usuário (users/me)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/client.py" line="310"/>
        <source>a user with an id</source>
        <translation>um usuário com id</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/client.py" line="343"/>
        <source>the request to {0}</source>
        <translation>a solicitação para {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/answers.py" line="55"/>
        <source>an object ({0} instead)</source>
        <translation>um objeto (em vez disso, {0})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/answers.py" line="63"/>
        <source>a list ({0} instead)</source>
        <translation>uma lista (em vez disso, {0})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/answers.py" line="66"/>
        <location filename="../../src/sr_editor/publish/wordpress/paging.py" line="75"/>
        <source>a list of objects</source>
        <translation>uma lista de objetos</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/client.py" line="386"/>
        <source>the upload of {0}</source>
        <translation>o envio de {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/lock.py" line="71"/>
        <source>the post lock</source>
        <translation>o bloqueio do post</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/describer.py" line="88"/>
        <location filename="../../src/sr_editor/publish/review/lock.py" line="72"/>
        <location filename="../../src/sr_editor/publish/review/notes.py" line="107"/>
        <location filename="../../src/sr_editor/publish/wordpress/answers.py" line="109"/>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/answers.py" line="109"/>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/answers.py" line="110"/>
        <source>a string</source>
        <translation>uma string</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/answers.py" line="110"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/answers.py" line="112"/>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/conflict.py" line="45"/>
        <source>the revisions request</source>
        <translation>a solicitação de revisões</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/conflict.py" line="64"/>
        <source>the user</source>
        <translation>o usuário</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_post.py" line="175"/>
        <source>the new post</source>
        <translation>o novo post</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_post.py" line="184"/>
        <source>the post search</source>
        <translation>a busca de posts</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_writeback.py" line="78"/>
        <source>a post with an id</source>
        <translation>um post com id</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/media.py" line="109"/>
        <source>the media search</source>
        <translation>a busca de mídia</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/media.py" line="119"/>
        <source>a media request</source>
        <translation>uma solicitação de mídia</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/media.py" line="120"/>
        <source>a media item with an id</source>
        <translation>um item de mídia com id</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/media.py" line="130"/>
        <source>the media check</source>
        <translation>a verificação de mídia</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/terms.py" line="98"/>
        <source>The site</source>
        <translation>O site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/terms.py" line="99"/>
        <source>a category or tag request</source>
        <translation>uma solicitação de categorias ou tags</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/terms.py" line="100"/>
        <source>terms with an id</source>
        <translation>termos com id</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/terms.py" line="164"/>
        <source>the existing tag</source>
        <translation>a tag existente</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/actions.py" line="29"/>
        <source>the updated post</source>
        <translation>o post atualizado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/actions.py" line="30"/>
        <source>a post with a status</source>
        <translation>um post com status</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/companion.py" line="41"/>
        <source>the companion status</source>
        <translation>o status do plugin complementar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/notes.py" line="106"/>
        <source>a note</source>
        <translation>uma nota</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/paging.py" line="75"/>
        <source>the list</source>
        <translation>a lista</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="183"/>
        <source>{0} answered {1} with something other than {2}, so it is not usable; check that the address is the WordPress site.</source>
        <translation>{0} respondeu a {1} com algo diferente de {2}, então não pode ser usado; verifique se o endereço é o do site WordPress.</translation>
    </message>
</context>
<context>
    <name>UnknownItemError</name>
    <message>
        <location filename="../../src/sr_editor/core/alt/queue.py" line="34"/>
        <source>There is no image &quot;{0}&quot; in the alt-text queue.</source>
        <translation>Não há imagem &quot;{0}&quot; na fila de texto alternativo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/alt/queue.py" line="281"/>
        <source>The article has no featured image any more.</source>
        <translation>O artigo não tem mais imagem destacada.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/alt/queue.py" line="287"/>
        <source>The image is no longer in the article.</source>
        <translation>A imagem não está mais no artigo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="147"/>
        <source>Its alt text may already pass the checks; run `sr-editor alt list`.</source>
        <translation>Talvez o texto alternativo dela já passe nas verificações; execute `sr-editor alt list`.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="155"/>
        <source>Run `sr-editor alt sync --site {0}` first.</source>
        <translation>Execute antes `sr-editor alt sync --site {0}`.</translation>
    </message>
</context>
<context>
    <name>UnknownRegion</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="249"/>
        <source>{0}: the region &quot;{1}&quot; has no category on {2}; run sync-terms or fix the region.</source>
        <translation>{0}: a região &quot;{1}&quot; não tem categoria em {2}; execute sync-terms ou corrija a região.</translation>
    </message>
</context>
<context>
    <name>UnsafePathError</name>
    <message>
        <location filename="../../src/sr_editor/core/storage/site_names.py" line="39"/>
        <source>{0} is not inside the workspace {1}; nothing was written there.</source>
        <translation>{0} não está dentro do espaço de trabalho {1}; nada foi gravado ali.</translation>
    </message>
</context>
<context>
    <name>UnwritableMetadataError</name>
    <message>
        <location filename="../../src/sr_editor/core/errors.py" line="94"/>
        <source>The article&apos;s metadata cannot be written as YAML ({0}).</source>
        <translation>Os metadados do artigo não podem ser gravados como YAML ({0}).</translation>
    </message>
</context>
<context>
    <name>UploadTooLarge</name>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/answers.py" line="82"/>
        <source>the image</source>
        <translation>a imagem</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="140"/>
        <source>{0} refused the image {1} ({2} MB) as too large; use a smaller image or ask the site&apos;s administrator to raise the upload limit.</source>
        <translation>{0} recusou a imagem {1} ({2} MB) por ser grande demais; use uma imagem menor ou peça ao administrador do site que aumente o limite de envio.</translation>
    </message>
</context>
<context>
    <name>VocabularyError</name>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="34"/>
        <source>{0}: the region vocabulary cannot be used: {1}.</source>
        <translation>{0}: não é possível usar o vocabulário de regiões: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="106"/>
        <source>the file cannot be read ({0})</source>
        <translation>não é possível ler o arquivo ({0})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="109"/>
        <source>the file is not UTF-8 text</source>
        <translation>o arquivo não é texto UTF-8</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="113"/>
        <source>it is not valid YAML</source>
        <translation>não é YAML válido</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="114"/>
        <source>it is not valid YAML on line {0}</source>
        <translation>não é YAML válido na linha {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="121"/>
        <source>it needs a top-level &apos;regions&apos; mapping of region names</source>
        <translation>precisa, no nível superior, de um mapa &apos;regions&apos; com os nomes das regiões</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="148"/>
        <source>{0} (for {1}) is not a name</source>
        <translation>{0} (para {1}) não é um nome</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="152"/>
        <source>&apos;{0}&apos; (for {1}) is already used for {2}</source>
        <translation>&apos;{0}&apos; (para {1}) já é usado para {2}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="161"/>
        <source>the aliases of {0} must be a list</source>
        <translation>os apelidos de {0} devem ser uma lista</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="166"/>
        <location filename="../../src/sr_editor/core/article/regions.py" line="173"/>
        <source>region {0}</source>
        <translation>a região {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="170"/>
        <source>region &apos;{0}&apos; must be a mapping with &apos;aliases&apos; and &apos;countries&apos;</source>
        <translation>a região &apos;{0}&apos; deve ser um mapa com &apos;aliases&apos; e &apos;countries&apos;</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="172"/>
        <source>region &apos;{0}&apos;</source>
        <translation>a região &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="176"/>
        <source>the countries of region &apos;{0}&apos; must be a mapping</source>
        <translation>os países da região &apos;{0}&apos; devem ser um mapa</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="179"/>
        <location filename="../../src/sr_editor/core/article/regions.py" line="182"/>
        <source>country {0}</source>
        <translation>o país {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/regions.py" line="181"/>
        <source>country &apos;{0}&apos;</source>
        <translation>o país &apos;{0}&apos;</translation>
    </message>
</context>
<context>
    <name>WorkspaceLockedError</name>
    <message>
        <location filename="../../src/sr_editor/core/errors.py" line="44"/>
        <source>The workspace {0} is already open in another sr-editor ({1}).</source>
        <translation>O espaço de trabalho {0} já está aberto em outro sr-editor ({1}).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/storage/lock.py" line="53"/>
        <source>an unknown time</source>
        <translation>um momento desconhecido</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/storage/lock.py" line="54"/>
        <source>process {0} on {1}, since {2}</source>
        <translation>processo {0} em {1}, desde {2}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/storage/lock.py" line="55"/>
        <source>an unknown computer</source>
        <translation>um computador desconhecido</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/storage/lock.py" line="88"/>
        <source>a process that is still starting</source>
        <translation>um processo que ainda está iniciando</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/storage/lock.py" line="91"/>
        <source>another process that keeps taking the lock</source>
        <translation>outro processo que continua tomando o bloqueio</translation>
    </message>
</context>
<context>
    <name>WorkspaceOperationError</name>
    <message>
        <location filename="../../src/sr_editor/core/errors.py" line="105"/>
        <source>Could not {0} {1} ({2}).</source>
        <translation>Não foi possível {0} {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/storage/workspace.py" line="132"/>
        <source>list the articles in</source>
        <translation>listar os artigos de</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/storage/workspace.py" line="199"/>
        <source>create an article in</source>
        <translation>criar um artigo em</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/storage/workspace.py" line="297"/>
        <source>move to the trash</source>
        <translation>mover para a lixeira</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/storage/workspace.py" line="325"/>
        <source>restore from the trash</source>
        <translation>restaurar da lixeira</translation>
    </message>
</context>
<context>
    <name>a11y</name>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y.py" line="99"/>
        <source>Line {0}: the link text &quot;{1}&quot; does not say where the link goes: use words that name the page, such as its title.</source>
        <translation>Linha {0}: o texto do link “{1}” não diz aonde ele leva: use palavras que nomeiem a página, como o título dela.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y.py" line="103"/>
        <source>Line {0}: the link text is a web address ({1}), which screen readers spell out: use words that name the page instead.</source>
        <translation>Linha {0}: o texto do link é um endereço web ({1}), que os leitores de tela soletram: use palavras que nomeiem a página.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y.py" line="111"/>
        <source>Line {0}: the link &quot;{1}&quot; opens a new window without saying so: add &quot;(opens in a new window)&quot; to its text, or remove target=&quot;_blank&quot;.</source>
        <translation>Linha {0}: o link “{1}” abre uma nova janela sem avisar: acrescente “(abre em uma nova janela)” ao texto, ou remova target=&quot;_blank&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y.py" line="131"/>
        <source>Line {0}: the link text &quot;{1}&quot; is also used on line {2} for a different address: give each link words of its own.</source>
        <translation>Linha {0}: o texto de link “{1}” também é usado na linha {2} para outro endereço: dê a cada link palavras próprias.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y.py" line="219"/>
        <source>this image</source>
        <translation>esta imagem</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y.py" line="220"/>
        <source>Line {0}: the alt text of {1} repeats the sentence next to it word for word, so screen readers read it twice: describe what the image shows instead.</source>
        <translation>Linha {0}: o texto alternativo de {1} repete palavra por palavra a frase ao lado, e os leitores de tela a leem duas vezes: descreva o que a imagem mostra.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y_structure.py" line="34"/>
        <source>Line {0}: this heading has no text, so screen readers announce an empty heading: write its words or remove the line.</source>
        <translation>Linha {0}: este título não tem texto, e os leitores de tela anunciam um título vazio: escreva o texto dele ou apague a linha.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y_structure.py" line="39"/>
        <source>Line {0}: the heading jumps from level {1} to level {2}: make it level {3} ({4}) so the outline that screen readers offer has no gap.</source>
        <translation>Linha {0}: o título pula do nível {1} para o nível {2}: use o nível {3} ({4}) para que a estrutura oferecida pelos leitores de tela não tenha lacunas.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y_structure.py" line="73"/>
        <source>Line {0}: this paragraph is only bold text and reads like a heading, but screen readers cannot jump to it: make it a heading (## {1}) or part of a sentence.</source>
        <translation>Linha {0}: este parágrafo é só texto em negrito e parece um título, mas os leitores de tela não conseguem pular até ele: transforme-o em título (## {1}) ou em parte de uma frase.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y_structure.py" line="101"/>
        <source>Line {0}: the text before the first heading runs {1} words (more than {2}) without a subheading: add subheadings so readers can jump through it.</source>
        <translation>Linha {0}: o texto antes do primeiro título tem {1} palavras (mais de {2}) sem intertítulo: acrescente intertítulos para que se possa navegar por ele.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y_structure.py" line="106"/>
        <source>Line {0}: the section &quot;{1}&quot; runs {2} words (more than {3}) without a subheading: add subheadings so readers can jump through it.</source>
        <translation>Linha {0}: a seção “{1}” tem {2} palavras (mais de {3}) sem intertítulo: acrescente intertítulos para que se possa navegar por ela.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y_structure.py" line="133"/>
        <source>Line {0}: this table has no header row, so screen readers cannot say which column a cell belongs to: write the column names in its first row, above the |---| line.</source>
        <translation>Linha {0}: esta tabela não tem linha de cabeçalho, e os leitores de tela não conseguem dizer a que coluna cada célula pertence: escreva os nomes das colunas na primeira linha, acima da linha |---|.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/a11y_structure.py" line="162"/>
        <source>Line {0}: this paragraph is mostly in capital letters, which is hard to read and which some screen readers spell out letter by letter: write it in ordinary case, with bold for emphasis.</source>
        <translation>Linha {0}: este parágrafo está quase todo em maiúsculas, o que é difícil de ler e alguns leitores de tela soletram letra por letra: escreva-o normalmente, com negrito para destacar.</translation>
    </message>
</context>
<context>
    <name>alt_apply</name>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="61"/>
        <source>Image {0}: the media library&apos;s alt text was updated.</source>
        <translation>Imagem {0}: o texto alternativo da biblioteca de mídia foi atualizado.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="64"/>
        <source>Image {0}: the media library&apos;s alt text was already right.</source>
        <translation>Imagem {0}: o texto alternativo da biblioteca de mídia já estava certo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="66"/>
        <source>Post {0} updated.</source>
        <translation>Post {0} atualizado.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="77"/>
        <source>post {0}</source>
        <translation>post {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="81"/>
        <source>“{0}” (post {1}) was not changed: {2}.</source>
        <translation>“{0}” (post {1}) não foi alterado: {2}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="86"/>
        <source>it belongs to another author, and your account ({0}) may edit only its own posts</source>
        <translation>pertence a outro autor, e sua conta ({0}) só pode editar os próprios posts</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="88"/>
        <source>it is published, and your account ({0}) may not edit published posts</source>
        <translation>está publicado, e sua conta ({0}) não pode editar posts publicados</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="97"/>
        <source>image {0}</source>
        <translation>a imagem {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="99"/>
        <source>change {0}</source>
        <translation>alterar {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="99"/>
        <source>another author uploaded it, and your account ({0}) may edit only its own images</source>
        <translation>outro autor a enviou, e sua conta ({0}) só pode editar as próprias imagens</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="107"/>
        <source>change image {0}</source>
        <translation>alterar a imagem {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="229"/>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="276"/>
        <source>the site refused it ({0})</source>
        <translation>o site recusou ({0})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="253"/>
        <source>Post {0} was not changed: it kept being edited on the site while we tried ({1} times); sync again later.</source>
        <translation>O post {0} não foi alterado: continuou sendo editado no site enquanto tentávamos ({1} vezes); sincronize novamente mais tarde.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="291"/>
        <location filename="../../src/sr_editor/publish/alt/describer.py" line="61"/>
        <source>image {0} (it was deleted from the site)</source>
        <translation>a imagem {0} (foi excluída do site)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/apply.py" line="305"/>
        <location filename="../../src/sr_editor/publish/alt/describer.py" line="73"/>
        <source>“{0}” (post {1}) shows it as featured image, which takes the media library&apos;s alt.</source>
        <translation>“{0}” (post {1}) a mostra como imagem destacada, que usa o texto alternativo da biblioteca de mídia.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/describer.py" line="102"/>
        <source>Post {0} was not changed: the site refused it ({1}).</source>
        <translation>O post {0} não foi alterado: o site recusou ({1}).</translation>
    </message>
</context>
<context>
    <name>alt_engine</name>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="169"/>
        <source>Type a description, or mark the image decorative.</source>
        <translation>Digite uma descrição ou marque a imagem como decorativa.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="173"/>
        <source>{0}: alt text saved in the article.</source>
        <translation>{0}: texto alternativo salvo no artigo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="178"/>
        <source>describe {0}</source>
        <translation>descrever {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="184"/>
        <source>{0}: kept; it will be sent on the next sync.</source>
        <translation>{0}: guardado; será enviado na próxima sincronização.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="196"/>
        <source>{0}: kept; it will be sent on the next sync ({1})</source>
        <translation>{0}: guardado; será enviado na próxima sincronização ({1})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="202"/>
        <source>this copy cannot reach sites.</source>
        <translation>esta cópia não consegue acessar sites.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="214"/>
        <source>No copy of {0}&apos;s queue; sync it first.</source>
        <translation>Não há cópia da fila de {0}; sincronize-a primeiro.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="257"/>
        <source>Local article {0} updated too.</source>
        <translation>O artigo local {0} também foi atualizado.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="260"/>
        <source>Local article {0} was not updated: {1}</source>
        <translation>O artigo local {0} não foi atualizado: {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="350"/>
        <source>Another author uploaded this image; your account ({0}) may describe only its own.</source>
        <translation>Outro autor enviou esta imagem; sua conta ({0}) só pode descrever as próprias.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/engine.py" line="364"/>
        <source>another author&apos;s post: your account may not change it</source>
        <translation>post de outro autor: sua conta não pode alterá-lo</translation>
    </message>
</context>
<context>
    <name>alt_state</name>
    <message>
        <location filename="../../src/sr_editor/core/alt/state.py" line="111"/>
        <source>no role</source>
        <translation>sem função</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/alt/state.py" line="117"/>
        <source>Your account on {0} ({1}) may describe every image through the companion plugin&apos;s Image describer rights, and change nothing else.</source>
        <translation>Sua conta em {0} ({1}) pode descrever todas as imagens com as permissões de Descritor de imagens do plugin complementar, e não alterar mais nada.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/alt/state.py" line="120"/>
        <source>Your account on {0} ({1}) may describe every image and update every post.</source>
        <translation>Sua conta em {0} ({1}) pode descrever todas as imagens e atualizar todos os posts.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/alt/state.py" line="123"/>
        <source>Your account on {0} ({1}) may describe every image and update every post (not published ones).</source>
        <translation>Sua conta em {0} ({1}) pode descrever todas as imagens e atualizar todos os posts (exceto os publicados).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/alt/state.py" line="126"/>
        <source>Your account on {0} ({1}) may describe only the images it uploaded and update only its own posts; the others are shown but not offered.</source>
        <translation>Sua conta em {0} ({1}) só pode descrever as imagens que enviou e atualizar os próprios posts; as outras são mostradas, mas não oferecidas.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/alt/state.py" line="129"/>
        <source>Your account on {0} ({1}) may not change images or posts.</source>
        <translation>Sua conta em {0} ({1}) não pode alterar imagens nem posts.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/alt/state.py" line="250"/>
        <source>the site&apos;s queue cannot be saved ({0})</source>
        <translation>não é possível salvar a fila do site ({0})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/alt/state.py" line="315"/>
        <source>the descriptions waiting to be sent cannot be read; it is left as it is so nothing is lost ({0})</source>
        <translation>não é possível ler as descrições que aguardam envio; o arquivo fica como está para que nada se perca ({0})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/alt/state.py" line="321"/>
        <source>the descriptions waiting to be sent are not in the expected form; it is left as it is so nothing is lost</source>
        <translation>as descrições que aguardam envio não estão no formato esperado; o arquivo fica como está para que nada se perca</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/alt/state.py" line="346"/>
        <source>the description cannot be kept ({0})</source>
        <translation>não é possível guardar a descrição ({0})</translation>
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
        <translation>Dados de imagens da biblioteca de mídia</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/sync.py" line="285"/>
        <source>Posts read to find where images are used</source>
        <translation>Posts lidos para saber onde as imagens são usadas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/alt/sync.py" line="346"/>
        <source>Thumbnails to see offline: {0} of {1}</source>
        <translation>Miniaturas para ver sem conexão: {0} de {1}</translation>
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
        <translation>opção inválida: %(value)r (escolha entre %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="23"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s inválido: %(value)r</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="24"/>
        <source>the following arguments are required: %s</source>
        <translation>faltam estes argumentos obrigatórios: %s</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="25"/>
        <source>one of the arguments %s is required</source>
        <translation>é preciso um dos argumentos %s</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="26"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos não reconhecidos: %s</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="27"/>
        <source>not allowed with argument %s</source>
        <translation>não é permitido junto com o argumento %s</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="28"/>
        <source>ignored explicit argument %r</source>
        <translation>o argumento explícito %r foi ignorado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="29"/>
        <source>expected one argument</source>
        <translation>era esperado um argumento</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="30"/>
        <source>expected at most one argument</source>
        <translation>era esperado no máximo um argumento</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="31"/>
        <source>expected at least one argument</source>
        <translation>era esperado ao menos um argumento</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="32"/>
        <source>expected %s argument</source>
        <translation>era esperado %s argumento</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="33"/>
        <source>expected %s arguments</source>
        <translation>eram esperados %s argumentos</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="34"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opção ambígua: %(option)s pode ser %(matches)s</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="36"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>comando desconhecido %(parser_name)r (opções: %(choices)s)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="300"/>
        <source>--allow-missing-alt needs a reason, e.g. &quot;pulled from the site&quot;.</source>
        <translation>--allow-missing-alt precisa de um motivo, p. ex. &quot;trazido do site&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="77"/>
        <source>publish although images lack alt text (e.g. a pulled post), recording REASON in the article</source>
        <translation>publicar mesmo com imagens sem texto alternativo (p. ex. um post trazido do site), registrando MOTIVO no artigo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="26"/>
        <source>the alt-text queue: images that need a description</source>
        <translation>a fila de texto alternativo: imagens que precisam de descrição</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="30"/>
        <source>images whose alt text is missing or fails a check</source>
        <translation>imagens sem texto alternativo ou que não passam numa verificação</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="32"/>
        <source>only this site&apos;s queue (repeatable)</source>
        <translation>só a fila deste site (pode repetir)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="34"/>
        <source>only the workspace&apos;s articles</source>
        <translation>só os artigos do espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="35"/>
        <location filename="../../src/sr_editor/cli/main.py" line="91"/>
        <location filename="../../src/sr_editor/cli/main.py" line="96"/>
        <location filename="../../src/sr_editor/cli/main.py" line="107"/>
        <location filename="../../src/sr_editor/cli/pull.py" line="35"/>
        <location filename="../../src/sr_editor/cli/review.py" line="41"/>
        <source>machine-readable output</source>
        <translation>saída para programas (JSON)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="38"/>
        <source>describe one image (ID from `alt list`)</source>
        <translation>descrever uma imagem (ID de `alt list`)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="41"/>
        <source>the image carries no information (alt=&quot;&quot;)</source>
        <translation>a imagem não traz informação (alt=&quot;&quot;)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="43"/>
        <source>only queue it; send on the next `alt sync`</source>
        <translation>só colocar na fila; é enviada no próximo `alt sync`</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="47"/>
        <source>send queued descriptions, fetch the site&apos;s queue</source>
        <translation>enviar as descrições na fila e baixar a fila do site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="50"/>
        <source>do not keep copies of the images for offline</source>
        <translation>não guardar cópias das imagens para trabalhar offline</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="69"/>
        <source>{0} is not a workspace folder.</source>
        <translation>{0} não é uma pasta de espaço de trabalho.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="85"/>
        <source>(decorative)</source>
        <translation>(decorativa)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="85"/>
        <source>(no alt)</source>
        <translation>(sem alt)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="87"/>
        <source>not used in any post</source>
        <translation>não é usada em nenhum post</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="89"/>
        <source>cannot fix</source>
        <translation>não pode corrigir</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="112"/>
        <source>sr-editor: no copy of {0}&apos;s queue yet; run `sr-editor alt sync --site {0}`.</source>
        <translation>sr-editor: ainda não há cópia da fila de {0}; execute `sr-editor alt sync --site {0}`.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="120"/>
        <source>{0} image(s) need a description.</source>
        <translation>{0} imagem(ns) precisam de descrição.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="126"/>
        <source>sr-editor: give either a description TEXT or --decorative.</source>
        <translation>sr-editor: informe uma descrição TEXT ou --decorative.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="155"/>
        <source>sr-editor: saved, but check it: {0}</source>
        <translation>sr-editor: salvo, mas confira: {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="169"/>
        <source>Descriptions not yet sent stay queued for the next sync.</source>
        <translation>As descrições ainda não enviadas continuam na fila para a próxima sincronização.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="173"/>
        <source>sent {0}: {1}</source>
        <translation>enviado {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="175"/>
        <source>not sent {0}: {1}</source>
        <translation>não enviado {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/alt.py" line="180"/>
        <source>{0}: {1} image(s) and {2} post(s) fetched, {3} description(s) sent; {4} image(s) in the queue.</source>
        <translation>{0}: {1} imagem(ns) e {2} post(s) baixados, {3} descrição(ões) enviadas; {4} imagem(ns) na fila.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/common.py" line="41"/>
        <source>{0} is a file, not a workspace folder.</source>
        <translation>{0} é um arquivo, não uma pasta de espaço de trabalho.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/common.py" line="43"/>
        <source>There is no workspace at {0}; check the folder&apos;s name, or create one by opening the window (sr-editor) or with `sr-editor new TITLE`.</source>
        <translation>Não há espaço de trabalho em {0}; verifique o nome da pasta, ou crie um abrindo a janela (sr-editor) ou com `sr-editor new TITLE`.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/common.py" line="58"/>
        <source>Cannot create the workspace {0}: {1}.</source>
        <translation>Não é possível criar o espaço de trabalho {0}: {1}.</translation>
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
        <translation>códigos de saída:
  0  sucesso
  1  as verificações encontraram erros, ou a operação falhou
  2  uso incorreto
  3  um problema de arquivo ou de espaço de trabalho (não encontrado, artigo danificado, não é possível gravar)

Sem comando, a janela do aplicativo abre. O espaço de trabalho é --workspace, senão $SR_EDITOR_WORKSPACE, senão
~/Documents/sr-editor. Só a janela (com artigos de exemplo) e `new` criam um espaço de trabalho que ainda não existe;
os outros comandos o recusam.
</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="48"/>
        <source>the workspace folder (default: $SR_EDITOR_WORKSPACE or ~/Documents/sr-editor)</source>
        <translation>a pasta do espaço de trabalho (padrão: $SR_EDITOR_WORKSPACE ou ~/Documents/sr-editor)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="69"/>
        <source>Write articles offline in Markdown and publish them to WordPress.</source>
        <translation>Escreva artigos offline em Markdown e publique-os no WordPress.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="74"/>
        <location filename="../../src/sr_editor/cli/parser.py" line="38"/>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar o número de versão do programa e sair</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="75"/>
        <source>add sr-editor to your desktop&apos;s application menu (files under ~/.local/share) and exit</source>
        <translation>adicionar o sr-editor ao menu de aplicativos do desktop (arquivos em ~/.local/share) e sair</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="79"/>
        <source>create an article; prints its folder</source>
        <translation>criar um artigo; mostra a pasta dele</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="82"/>
        <source>a region (repeatable)</source>
        <translation>uma região (pode repetir)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="84"/>
        <source>a country tag (repeatable)</source>
        <translation>uma tag de país (pode repetir)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="87"/>
        <source>list the workspace&apos;s articles</source>
        <translation>listar os artigos do espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="88"/>
        <source>old words review/ready/published mean pending/pending/publish</source>
        <translation>as palavras antigas review/ready/published equivalem a pending/pending/publish</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="94"/>
        <source>run the checks; exit 1 when any error</source>
        <translation>executar as verificações; sai com 1 se houver algum erro</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="95"/>
        <source>articles (default: all)</source>
        <translation>artigos (padrão: todos)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="100"/>
        <source>print the body HTML as it would be published</source>
        <translation>mostrar o HTML do corpo como seria publicado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="104"/>
        <source>print the article as a screen reader announces it, then its headings and links</source>
        <translation>mostra o artigo como um leitor de tela o anuncia, e depois seus títulos e links</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="164"/>
        <source>Unknown region &apos;{0}&apos;; known regions: {1}.</source>
        <translation>Região desconhecida &apos;{0}&apos;; regiões conhecidas: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="183"/>
        <source>BROKEN</source>
        <translation>DANIFICADO</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="185"/>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="188"/>
        <source>No articles.</source>
        <translation>Nenhum artigo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="221"/>
        <source>{0} article(s) checked: {1} error(s), {2} warning(s).</source>
        <translation>{0} artigo(s) verificado(s): {1} erro(s), {2} aviso(s).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="228"/>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="228"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="268"/>
        <source>sr-editor: the window needs a graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set); the commands (new, list, check, render, publish…) work without one: see sr-editor --help.</source>
        <translation>sr-editor: a janela precisa de uma sessão gráfica (nem DISPLAY nem WAYLAND_DISPLAY estão definidos); os comandos (new, list, check, render, publish…) funcionam sem ela: veja sr-editor --help.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="326"/>
        <source>{0} is neither a command nor an existing file</source>
        <translation>{0} não é um comando nem um arquivo existente</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="329"/>
        <source> (did you mean {0}?)</source>
        <translation> (você quis dizer {0}?)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="329"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/main.py" line="388"/>
        <source>sr-editor: interrupted.</source>
        <translation>sr-editor: interrompido.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="45"/>
        <source>manage WordPress site profiles</source>
        <translation>gerenciar os perfis de sites WordPress</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="47"/>
        <source>add a site; the Application Password is read from stdin</source>
        <translation>adicionar um site; a senha de aplicativo é lida da entrada padrão</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="51"/>
        <source>your WordPress username (not the password&apos;s name)</source>
        <translation>seu nome de usuário do WordPress (não o nome da senha)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="54"/>
        <source>list site profiles</source>
        <translation>listar os perfis de sites</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="56"/>
        <source>forget a site and its password</source>
        <translation>esquecer um site e a senha dele</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="59"/>
        <source>diagnose the connection to a site</source>
        <translation>diagnosticar a conexão com um site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="63"/>
        <source>cache the site&apos;s categories and tags</source>
        <translation>guardar em cache as categorias e tags do site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="68"/>
        <source>check, upload images, create or update the post</source>
        <translation>verificar, enviar as imagens, criar ou atualizar o post</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="73"/>
        <source>publication date, e.g. 2026-12-01T09:00+01:00</source>
        <translation>data de publicação, p. ex. 2026-12-01T09:00+01:00</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="74"/>
        <source>print the plan, change nothing</source>
        <translation>mostrar o plano, sem alterar nada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="75"/>
        <source>publish despite check errors or a site-side change</source>
        <translation>publicar apesar de erros de verificação ou de uma alteração no site</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="79"/>
        <source>create the country tags the site does not have yet (without it, publishing stops and names them)</source>
        <translation>criar as tags de país que o site ainda não tem (sem isto, a publicação para e as nomeia)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="100"/>
        <source>Application Password: </source>
        <translation>Senha de aplicativo: </translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="122"/>
        <source>no role</source>
        <translation>sem função</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="150"/>
        <source>No password given (paste the Application Password on stdin).</source>
        <translation>Nenhuma senha informada (cole a senha de aplicativo na entrada padrão).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="158"/>
        <source>The password could not be stored: {0}.</source>
        <translation>Não foi possível guardar a senha: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="161"/>
        <source>The site was not added; check the address, or try again later.</source>
        <translation>O site não foi adicionado; verifique o endereço, ou tente novamente mais tarde.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="164"/>
        <source>Added {0}: logged in as {1} ({2}).</source>
        <translation>{0} adicionado: login feito como {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="178"/>
        <source>No sites yet; add one with `sr-editor site add NAME --url URL --user USER`.</source>
        <translation>Ainda não há sites; adicione um com `sr-editor site add NAME --url URL --user USER`.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="189"/>
        <source>The site was removed but its password could not be deleted from the keyring: {0}.</source>
        <translation>O site foi removido, mas não foi possível excluir a senha dele do chaveiro: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="193"/>
        <source>Removed {0} and its stored password.</source>
        <translation>{0} e a senha salva dele foram removidos.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="200"/>
        <source>none is stored in the keyring; run `sr-editor site add` again.</source>
        <translation>nenhuma está salva no chaveiro; execute `sr-editor site add` novamente.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="209"/>
        <source>Application Password for {0} on {1}: </source>
        <translation>Senha de aplicativo de {0} em {1}: </translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="257"/>
        <source>The categories and tags cached before are kept; try again later.</source>
        <translation>As categorias e tags guardadas antes são mantidas; tente novamente mais tarde.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="259"/>
        <source>{0}: {1} categories and {2} tags cached.</source>
        <translation>{0}: {1} categorias e {2} tags em cache.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="284"/>
        <source>&quot;{0}&quot; is not a date; use ISO form like 2026-12-01T09:00+01:00.</source>
        <translation>&quot;{0}&quot; não é uma data; use o formato ISO, como 2026-12-01T09:00+01:00.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="306"/>
        <source>--status future needs --date.</source>
        <translation>--status future precisa de --date.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="313"/>
        <source>No term cache for {0}; run `sr-editor sync-terms --site {0}`.</source>
        <translation>Não há cache de termos para {0}; execute `sr-editor sync-terms --site {0}`.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="336"/>
        <source>{0}: plan</source>
        <translation>{0}: plano</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="340"/>
        <source>{0}: nothing to send (post {1} is already the same)</source>
        <translation>{0}: nada a enviar (o post {1} já está igual)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="343"/>
        <source>{0}: created post {1} ({2}) {3}</source>
        <translation>{0}: criado o post {1} ({2}) {3}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="343"/>
        <source>{0}: updated post {1} ({2}) {3}</source>
        <translation>{0}: atualizado o post {1} ({2}) {3}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/publish.py" line="347"/>
        <source>  preview: {0}</source>
        <translation>  pré-visualização: {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/pull.py" line="25"/>
        <source>bring posts of a site into the workspace</source>
        <translation>trazer posts de um site para o espaço de trabalho</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/pull.py" line="27"/>
        <source>post ids (default: every post selected)</source>
        <translation>ids de posts (padrão: todos os selecionados)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/pull.py" line="31"/>
        <source>post status to pull (repeatable; default any)</source>
        <translation>status dos posts a trazer (pode repetir; padrão: qualquer)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/pull.py" line="32"/>
        <source>only this writer&apos;s posts</source>
        <translation>só os posts deste redator</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/pull.py" line="33"/>
        <source>only posts in this region (category)</source>
        <translation>só os posts desta região (categoria)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/pull.py" line="34"/>
        <source>only posts changed after this date (ISO)</source>
        <translation>só os posts alterados depois desta data (ISO)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/pull.py" line="45"/>
        <source>&quot;{0}&quot; is not a date; use ISO form like 2026-12-01 or 2026-12-01T09:00Z.</source>
        <translation>&quot;{0}&quot; não é uma data; use o formato ISO, como 2026-12-01 ou 2026-12-01T09:00Z.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/pull.py" line="70"/>
        <source>Nothing more was pulled; try again later.</source>
        <translation>Nada mais foi trazido; tente novamente mais tarde.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/pull.py" line="83"/>
        <source>{0} post(s) pulled from {1}, {2} image(s) downloaded.</source>
        <translation>{0} post(s) trazido(s) de {1}, {2} imagem(ns) baixada(s).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="65"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="76"/>
        <source>positional arguments</source>
        <translation>argumentos posicionais</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="77"/>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="79"/>
        <source>show this help message and exit</source>
        <translation>mostrar esta mensagem de ajuda e sair</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/parser.py" line="94"/>
        <source>{0}: error: {1}
</source>
        <translation>{0}: erro: {1}
</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="19"/>
        <source>approve a post or send it back to its writer with a note</source>
        <translation>aprovar um post ou devolvê-lo ao autor com uma nota</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="24"/>
        <source>publish the post (now or --at)</source>
        <translation>publicar o post (agora ou --at)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="25"/>
        <source>send the post back to draft with this note</source>
        <translation>devolver o post a rascunho com esta nota</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="27"/>
        <source>with --approve: schedule (ISO, with zone)</source>
        <translation>com --approve: agendar (ISO, com fuso)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="28"/>
        <source>with --request-changes: the passage the note is about</source>
        <translation>com --request-changes: o trecho a que a nota se refere</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="32"/>
        <source>the notes between editor and writer on a post</source>
        <translation>as notas entre editor e autor em um post</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="34"/>
        <source>the post&apos;s notes, threaded</source>
        <translation>as notas do post, em conversas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="35"/>
        <source>add a note or a reply</source>
        <translation>adicionar uma nota ou uma resposta</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="36"/>
        <source>mark a note resolved</source>
        <translation>marcar uma nota como resolvida</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="37"/>
        <source>reopen a resolved note</source>
        <translation>reabrir uma nota resolvida</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="43"/>
        <source>the passage the note is about</source>
        <translation>o trecho a que a nota se refere</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="44"/>
        <source>the note answered</source>
        <translation>a nota respondida</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="67"/>
        <source>{0} is not linked to a post on {1}; publish or pull it first.</source>
        <translation>{0} não está vinculado a um post em {1}; publique-o ou baixe-o primeiro.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="88"/>
        <source>sr-editor: a note was not accepted and is kept in the outbox: {0} ({1})</source>
        <translation>sr-editor: uma nota não foi aceita e fica na caixa de saída: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="112"/>
        <source>{0}: post {1} scheduled for {2} UTC</source>
        <translation>{0}: post {1} agendado para {2} UTC</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="115"/>
        <source>{0}: post {1} approved and published</source>
        <translation>{0}: post {1} aprovado e publicado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="117"/>
        <source> (the note waits in the outbox)</source>
        <translation> (a nota aguarda na caixa de saída)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="118"/>
        <source>{0}: post {1} sent back to its writer as a draft{2}</source>
        <translation>{0}: post {1} devolvido ao autor como rascunho{2}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="147"/>
        <source>resolved</source>
        <translation>resolvida</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="147"/>
        <source>open</source>
        <translation>aberta</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="151"/>
        <source>line {0}</source>
        <translation>linha {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="151"/>
        <source>the passage is gone</source>
        <translation>o trecho não existe mais</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="157"/>
        <source>No notes.</source>
        <translation>Nenhuma nota.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="177"/>
        <source>note #{0} sent</source>
        <translation>nota nº {0} enviada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="179"/>
        <source>the site did not answer; the note waits in the outbox and is sent next time</source>
        <translation>o site não respondeu; a nota aguarda na caixa de saída e é enviada da próxima vez</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/review.py" line="187"/>
        <source>sr-editor: a note needs some text.</source>
        <translation>sr-editor: uma nota precisa de algum texto.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/desktop_entry.py" line="59"/>
        <source>the desktop entry {0}.desktop is not part of this copy of sr-editor</source>
        <translation>a entrada de desktop {0}.desktop não faz parte desta cópia do sr-editor</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/cli/desktop_entry.py" line="94"/>
        <source>Installed the desktop entry {0} (it starts {1}), its AppStream metainfo and {2} icons under {3}; sr-editor now shows in the desktop&apos;s application menu (log out and back in if it does not yet).</source>
        <translation>A entrada de desktop {0} (ela inicia {1}), os metadados AppStream e {2} ícones foram instalados em {3}; o sr-editor agora aparece no menu de aplicativos do desktop (saia e entre de novo na sessão se ainda não aparecer).</translation>
    </message>
</context>
<context>
    <name>client</name>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/fetch.py" line="105"/>
        <source>{0} is not on {1}; only the site&apos;s own files are fetched.</source>
        <translation>{0} não está em {1}; só são baixados os arquivos do próprio site.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/fetch.py" line="118"/>
        <source>{0} is larger than {1} MB; it was not downloaded.</source>
        <translation>{0} tem mais de {1} MB; não foi baixado.</translation>
    </message>
</context>
<context>
    <name>companion</name>
    <message>
        <location filename="../../src/sr_editor/publish/review/companion.py" line="62"/>
        <source>The companion plugin did not answer: {0}</source>
        <translation>O plugin complementar não respondeu: {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/companion.py" line="64"/>
        <source>The sr-editor companion plugin is not active: everything works without it except showing who is editing a post, notes before WordPress 6.9 and the Image describer role.</source>
        <translation>O plugin complementar do sr-editor não está ativo: tudo funciona sem ele, exceto mostrar quem está editando um post, as notas antes do WordPress 6.9 e a função Descritor de imagens.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/companion.py" line="67"/>
        <source>The sr-editor companion plugin {0} is active.</source>
        <translation>O plugin complementar do sr-editor {0} está ativo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/companion.py" line="70"/>
        <source>This version of the companion plugin is too old; install version {0} or later.</source>
        <translation>Esta versão do plugin complementar é antiga demais; instale a versão {0} ou posterior.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/companion.py" line="72"/>
        <source>This account can describe images (alt text) in every post.</source>
        <translation>Esta conta pode descrever imagens (texto alternativo) em todos os posts.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/review/companion.py" line="74"/>
        <source>This account cannot describe images in other people&apos;s posts (no Image describer role).</source>
        <translation>Esta conta não pode descrever imagens em posts de outras pessoas (não tem a função Descritor de imagens).</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <location filename="../../src/sr_editor/core/review/compare.py" line="65"/>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/review/compare.py" line="66"/>
        <source>decorative</source>
        <translation>decorativa</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/review/compare.py" line="66"/>
        <source>(no alt text)</source>
        <translation>(sem texto alternativo)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/review/compare.py" line="68"/>
        <source>{0} — alt: {1} — caption: {2} — credit: {3}</source>
        <translation>{0} — alt: {1} — legenda: {2} — crédito: {3}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/review/compare.py" line="86"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/review/compare.py" line="86"/>
        <source>Teaser</source>
        <translation>Chamada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/review/compare.py" line="87"/>
        <source>Regions</source>
        <translation>Regiões</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/review/compare.py" line="87"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/review/compare.py" line="88"/>
        <source>Featured image</source>
        <translation>Imagem destacada</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/review/compare.py" line="88"/>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/review/compare.py" line="95"/>
        <source>[-…-] only in yours, {+…+} only on the site:</source>
        <translation>[-…-] só na sua, {+…+} só no site:</translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/credentials.py" line="24"/>
        <source>No secure system keyring (a Secret Service) is running, so the password cannot be kept. {0} Until one runs, add the site in the window, which asks for the password in each session; the commands ask for it each time they run in a terminal.</source>
        <translation>Nenhum chaveiro seguro do sistema (um Secret Service) está em execução, então a senha não pode ser guardada. {0} Até que haja um, adicione o site na janela, que pede a senha a cada sessão; os comandos a pedem toda vez que são executados em um terminal.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/credentials.py" line="35"/>
        <source>or use KeePassXC with its Secret Service integration turned on (Tools, Settings, Secret Service Integration).</source>
        <translation>ou use o KeePassXC com a integração com o Secret Service ativada (Ferramentas, Configurações, Integração com o Secret Service).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/credentials.py" line="38"/>
        <source>On KDE Plasma, turn on KWallet (System Settings, KDE Wallet: enable the wallet subsystem; install kwalletmanager if it is missing),</source>
        <translation>No KDE Plasma, ative o KWallet (Configurações do sistema, Carteira do KDE: habilite o subsistema de carteiras; instale o kwalletmanager se faltar),</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/credentials.py" line="41"/>
        <source>On this desktop ({0}), install GNOME Keyring (sudo apt install gnome-keyring), then log out and back in so that it starts,</source>
        <translation>Neste ambiente ({0}), instale o GNOME Keyring (sudo apt install gnome-keyring) e saia e entre de novo na sessão para que ele inicie,</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/credentials.py" line="45"/>
        <source>Outside a desktop session (a terminal over ssh), install GNOME Keyring (sudo apt install gnome-keyring) and start it with dbus-run-session and gnome-keyring-daemon --unlock --components=secrets,</source>
        <translation>Fora de uma sessão de desktop (um terminal via ssh), instale o GNOME Keyring (sudo apt install gnome-keyring) e inicie-o com dbus-run-session e gnome-keyring-daemon --unlock --components=secrets,</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/credentials.py" line="122"/>
        <source>the system keyring did not answer within {0} s (is it locked?)</source>
        <translation>o chaveiro do sistema não respondeu em {0} s (está bloqueado?)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/credentials.py" line="126"/>
        <source>the system keyring refused: {0}</source>
        <translation>o chaveiro do sistema recusou: {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/credentials.py" line="161"/>
        <source>No secure system keyring (a Secret Service) is running, so the password is kept in memory for this session only: sr-editor asks for it again in each session until one runs. {0}</source>
        <translation>Nenhum chaveiro seguro do sistema (um Secret Service) está em execução, então a senha fica na memória só nesta sessão: o sr-editor a pedirá de novo a cada sessão até que haja um. {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/credentials.py" line="166"/>
        <source>The keyring backend {0} is not secure (it may store passwords in a plain file), so the password is kept in memory for this session only.</source>
        <translation>O back-end de chaveiro {0} não é seguro (pode guardar senhas em um arquivo sem criptografia), então a senha fica na memória apenas nesta sessão.</translation>
    </message>
</context>
<context>
    <name>doctor</name>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="25"/>
        <source>can publish posts</source>
        <translation>pode publicar posts</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="26"/>
        <source>can submit posts for review; an editor publishes them</source>
        <translation>pode enviar posts para revisão; um editor os publica</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="27"/>
        <source>can upload images</source>
        <translation>pode enviar imagens</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="28"/>
        <source>cannot upload images</source>
        <translation>não pode enviar imagens</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="29"/>
        <source>can edit other people&apos;s posts</source>
        <translation>pode editar posts de outras pessoas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="30"/>
        <source>cannot edit other people&apos;s posts</source>
        <translation>não pode editar posts de outras pessoas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="31"/>
        <source>can post any HTML</source>
        <translation>pode publicar qualquer HTML</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="32"/>
        <source>cannot post any HTML</source>
        <translation>não pode publicar qualquer HTML</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="59"/>
        <source>?rest_route= (no pretty permalinks)</source>
        <translation>?rest_route= (sem links permanentes amigáveis)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="61"/>
        <source>The REST API answers at {0}: &quot;{1}&quot;.</source>
        <translation>A API REST responde em {0}: &quot;{1}&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="76"/>
        <source>WordPress did not log you in as &quot;{0}&quot;: the username or Application Password is wrong (use your WordPress login name, not the name you gave the password), or the server drops the Authorization header (ask the administrator if the password is surely right).</source>
        <translation>O WordPress não fez seu login como &quot;{0}&quot;: o nome de usuário ou a senha de aplicativo estão errados (use seu nome de login do WordPress, não o nome que você deu à senha), ou o servidor descarta o cabeçalho Authorization (consulte o administrador se tiver certeza de que a senha está certa).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="81"/>
        <source>WordPress knows no user &quot;{0}&quot;: use your WordPress login name, not the name you gave the Application Password.</source>
        <translation>O WordPress não conhece nenhum usuário &quot;{0}&quot;: use seu nome de login do WordPress, não o nome que você deu à senha de aplicativo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="85"/>
        <source>The username is right but the Application Password is wrong (or was revoked); create a new one.</source>
        <translation>O nome de usuário está certo, mas a senha de aplicativo está errada (ou foi revogada); crie uma nova.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="98"/>
        <source>No password for {0} is stored on this computer, so the login was not tested; type the Application Password to test it.</source>
        <translation>Não há senha de {0} guardada neste computador, então o login não foi testado; digite a senha de aplicativo para testá-lo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="109"/>
        <source>Logged in as {0}; the Authorization header reaches WordPress.</source>
        <translation>Login feito como {0}; o cabeçalho Authorization chega ao WordPress.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="116"/>
        <source>Role: {0}.</source>
        <translation>Função: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="117"/>
        <source>no role</source>
        <translation>sem função</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="121"/>
        <source>Upload size limit: not published by the REST API; large photos are downscaled before upload.</source>
        <translation>Limite de tamanho de envio: a API REST não o informa; fotos grandes são reduzidas antes do envio.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="150"/>
        <source>WordPress version: not shown by the site; posts use block markup that every WordPress version&apos;s editor accepts.</source>
        <translation>Versão do WordPress: o site não a mostra; os posts usam uma marcação de blocos que o editor de qualquer versão do WordPress aceita.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/doctor.py" line="153"/>
        <source>WordPress {0}: posts use the block markup of WordPress {1} and later.</source>
        <translation>WordPress {0}: os posts usam a marcação de blocos do WordPress {1} e posteriores.</translation>
    </message>
</context>
<context>
    <name>frontmatter</name>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="48"/>
        <source>a mapping tag on a single value</source>
        <translation>uma tag de mapa em um valor simples</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="57"/>
        <source>the key &apos;{0}&apos; appears twice (first on line {1})</source>
        <translation>a chave &apos;{0}&apos; aparece duas vezes (a primeira na linha {1})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="96"/>
        <source>the file contains binary data (a NUL byte), not text</source>
        <translation>o arquivo contém dados binários (um byte NUL), não texto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="102"/>
        <source>the file is not valid UTF-8 text (byte 0x{0} at offset {1})</source>
        <translation>o arquivo não é texto UTF-8 válido (byte 0x{0} na posição {1})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="108"/>
        <source>the file is {0} MB; articles over {1} MB are not opened</source>
        <translation>o arquivo tem {0} MB; artigos com mais de {1} MB não são abertos</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="125"/>
        <source>the front matter that starts on line 1 has no closing &apos;---&apos; line</source>
        <translation>o cabeçalho de metadados que começa na linha 1 não tem a linha &apos;---&apos; de fechamento</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="179"/>
        <source>the front matter is nested too deeply to read</source>
        <translation>o cabeçalho de metadados está aninhado demais para ser lido</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="182"/>
        <source>a value cannot be read</source>
        <translation>não é possível ler um valor</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="187"/>
        <source>the quoted text that starts on line {0} is never closed (a missing closing quote)</source>
        <translation>o texto entre aspas que começa na linha {0} nunca é fechado (falta a aspa de fechamento)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="196"/>
        <source>the front matter contains a control character (U+{0}), which YAML does not allow</source>
        <translation>o cabeçalho de metadados contém um caractere de controle (U+{0}), que o YAML não permite</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="160"/>
        <source>the front matter holds more than {0} values (repeated YAML aliases?)</source>
        <translation>o cabeçalho de metadados contém mais de {0} valores (apelidos YAML repetidos?)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="165"/>
        <source>the front matter must be a mapping of keys to values, not a {0}</source>
        <translation>o cabeçalho de metadados deve ser um mapa de chaves e valores, não {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="169"/>
        <source>front matter key {0} is not text</source>
        <translation>a chave {0} do cabeçalho de metadados não é texto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="204"/>
        <source>the front matter is not valid YAML ({0})</source>
        <translation>o cabeçalho de metadados não é YAML válido ({0})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="208"/>
        <source>the file cannot be read ({0})</source>
        <translation>não é possível ler o arquivo ({0})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="252"/>
        <source>a value does not read back as written</source>
        <translation>um valor não é lido de volta como foi gravado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter.py" line="304"/>
        <source>it is a link to {0}, outside the workspace, so the app does not open it</source>
        <translation>é um link para {0}, fora do espaço de trabalho, então o aplicativo não o abre</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="29"/>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="188"/>
        <source>a date</source>
        <translation>uma data</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="29"/>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="180"/>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="30"/>
        <source>a whole number</source>
        <translation>um número inteiro</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="30"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="31"/>
        <source>base64 data</source>
        <translation>dados base64</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="31"/>
        <source>an empty value</source>
        <translation>um valor vazio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="32"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="34"/>
        <source>a valid {0}</source>
        <translation>um {0} válido</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="49"/>
        <source>the number on this line has {0} digits, more than can be used</source>
        <translation>o número nesta linha tem {0} dígitos, mais do que é possível usar</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="52"/>
        <source>&apos;{0}&apos; is not {1}{2}</source>
        <translation>&apos;{0}&apos; não é {1}{2}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="54"/>
        <source>this {0} value cannot be read{1}</source>
        <translation>não é possível ler este valor {0}{1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="71"/>
        <source>&apos;{0}&apos; holds a number too long to use</source>
        <translation>&apos;{0}&apos; contém um número longo demais para ser usado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="75"/>
        <source>&apos;{0}&apos; must be a single value (text), not {1}</source>
        <translation>&apos;{0}&apos; deve ser um único valor (texto), não {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="84"/>
        <source>&apos;remote&apos; must be a mapping (key: value lines), not {0}</source>
        <translation>&apos;remote&apos; deve ser um mapa (linhas chave: valor), não {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="93"/>
        <source>&apos;{0}&apos; must be a list of names like [{1}], not {2}</source>
        <translation>&apos;{0}&apos; deve ser uma lista de nomes como [{1}], não {2}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="98"/>
        <source>&apos;{0}&apos; must be a list of names; entry {1} is {2}</source>
        <translation>&apos;{0}&apos; deve ser uma lista de nomes; o item {1} é {2}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="110"/>
        <source>&apos;date&apos; must be a date like 2021-02-28 or 2021-02-28T10:00:00Z, not {0}</source>
        <translation>&apos;date&apos; deve ser uma data como 2021-02-28 ou 2021-02-28T10:00:00Z, não {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="131"/>
        <source>&apos;featured_image&apos; must be a mapping (key: value lines) or a file name, not {0}</source>
        <translation>&apos;featured_image&apos; deve ser um mapa (linhas chave: valor) ou um nome de arquivo, não {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="136"/>
        <source>&apos;featured_image.{0}&apos; must be a single value (text), not {1}</source>
        <translation>&apos;featured_image.{0}&apos; deve ser um único valor (texto), não {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="141"/>
        <source>&apos;featured_image.decorative&apos; must be true or false, not {0}</source>
        <translation>&apos;featured_image.decorative&apos; deve ser true ou false, não {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="173"/>
        <source>empty</source>
        <translation>vazio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="175"/>
        <source>&apos;{0}&apos; (true or false)</source>
        <translation>&apos;{0}&apos; (true ou false)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="178"/>
        <source>the text &apos;{0}&apos;</source>
        <translation>o texto &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="181"/>
        <source>a mapping</source>
        <translation>um mapa</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="181"/>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="182"/>
        <source>a set</source>
        <translation>um conjunto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="182"/>
        <source>a pair</source>
        <translation>um par</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="183"/>
        <source>binary data</source>
        <translation>dados binários</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/frontmatter_check.py" line="189"/>
        <source>a {0}</source>
        <translation>um {0}</translation>
    </message>
</context>
<context>
    <name>images</name>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="121"/>
        <source>the file is empty</source>
        <translation>o arquivo está vazio</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="131"/>
        <source>the file is damaged or cut short (an incomplete download or copy)</source>
        <translation>o arquivo está danificado ou cortado (um download ou cópia incompleta)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="134"/>
        <source>it is an unknown image, not a JPEG, PNG, WebP, GIF, BMP or TIFF</source>
        <translation>é uma imagem desconhecida, não um JPEG, PNG, WebP, GIF, BMP ou TIFF</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="135"/>
        <source>it is a {0} image, not a JPEG, PNG, WebP, GIF, BMP or TIFF</source>
        <translation>é uma imagem {0}, não um JPEG, PNG, WebP, GIF, BMP ou TIFF</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="139"/>
        <source>the file is cut short (an incomplete download or copy)</source>
        <translation>o arquivo está cortado (um download ou cópia incompleta)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="188"/>
        <source>the file is {0} MB; images over {1} MB are refused</source>
        <translation>o arquivo tem {0} MB; imagens com mais de {1} MB são recusadas</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="200"/>
        <source>the image is too large to be a photo (decompression bomb)</source>
        <translation>a imagem é grande demais para ser uma foto (bomba de descompressão)</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="207"/>
        <source>the image file is damaged</source>
        <translation>o arquivo de imagem está danificado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="212"/>
        <source>the file cannot be read ({0})</source>
        <translation>não é possível ler o arquivo ({0})</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="216"/>
        <source>the image is {0}x{1} pixels, too large to be a photo</source>
        <translation>a imagem tem {0}x{1} pixels, grande demais para ser uma foto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="225"/>
        <source>SVG drawings are not accepted (they can carry scripts); export it as PNG</source>
        <translation>desenhos SVG não são aceitos (podem conter scripts); exporte-o como PNG</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="226"/>
        <source>the file is not an image we can use; use a JPEG, PNG or WebP photo</source>
        <translation>o arquivo não é uma imagem que possa ser usada; use uma foto JPEG, PNG ou WebP</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="236"/>
        <source>{0} images are not supported; use JPEG, PNG or WebP</source>
        <translation>imagens {0} não são suportadas; use JPEG, PNG ou WebP</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="237"/>
        <source>these</source>
        <translation>deste tipo</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/images/files.py" line="317"/>
        <source>the image cannot be saved in the article folder ({0})</source>
        <translation>não é possível salvar a imagem na pasta do artigo ({0})</translation>
    </message>
</context>
<context>
    <name>lint</name>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="138"/>
        <source>this image</source>
        <translation>esta imagem</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="142"/>
        <source>{0} is marked decorative but has a caption: describe it instead, or remove the caption.</source>
        <translation>{0} está marcada como decorativa, mas tem legenda: descreva-a em vez disso, ou remova a legenda.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="146"/>
        <source>{0} is marked decorative, so its alt text will not be published: remove the mark or the text.</source>
        <translation>{0} está marcada como decorativa, então o texto alternativo dela não será publicado: remova a marca ou o texto.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="152"/>
        <source>{0} has no alt text: describe it, or mark it decorative.</source>
        <translation>{0} não tem texto alternativo: descreva-a, ou marque-a como decorativa.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="156"/>
        <source>The alt text of {0} holds an invisible control character ({1}): remove it.</source>
        <translation>O texto alternativo de {0} contém um caractere de controle invisível ({1}): remova-o.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="166"/>
        <source>The alt text of {0} looks like a file name: describe what the image shows.</source>
        <translation>O texto alternativo de {0} parece um nome de arquivo: descreva o que a imagem mostra.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="169"/>
        <source>The alt text of {0} only says &apos;{1}&apos;: describe what the image shows.</source>
        <translation>O texto alternativo de {0} só diz &apos;{1}&apos;: descreva o que a imagem mostra.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="172"/>
        <source>The alt text of {0} starts with &apos;{1}&apos;: screen readers already say it is an image.</source>
        <translation>O texto alternativo de {0} começa com &apos;{1}&apos;: os leitores de tela já dizem que é uma imagem.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="176"/>
        <source>The alt text of {0} repeats its caption: describe what is seen, and let the caption add context.</source>
        <translation>O texto alternativo de {0} repete a legenda: descreva o que se vê e deixe a legenda trazer o contexto.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="180"/>
        <source>The alt text of {0} repeats the sentence next to it word for word, so screen readers read it twice: describe what the image shows instead.</source>
        <translation>O texto alternativo de {0} repete palavra por palavra a frase ao lado, e os leitores de tela a leem duas vezes: descreva o que a imagem mostra.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="184"/>
        <source>The alt text of {0} has {1} characters: keep it under {2} and put the rest in the caption or the text.</source>
        <translation>O texto alternativo de {0} tem {1} caracteres: fique abaixo de {2} e coloque o resto na legenda ou no texto.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="219"/>
        <source>{0}: flatten the lists or quotes here.</source>
        <translation>{0}: reduza aqui o aninhamento de listas ou citações.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="226"/>
        <source>The article has no title: add one.</source>
        <translation>O artigo não tem título: adicione um.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="229"/>
        <source>The article has no teaser: write one or two sentences that make people read on.</source>
        <translation>O artigo não tem linha fina: escreva uma ou duas frases que façam as pessoas continuarem lendo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="233"/>
        <source>The teaser has {0} characters: shorten it to {1} or fewer.</source>
        <translation>A linha fina tem {0} caracteres: reduza-a para {1} ou menos.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="237"/>
        <source>The status &apos;{0}&apos; is unknown: use one of {1}.</source>
        <translation>O status &apos;{0}&apos; é desconhecido: use um destes: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="247"/>
        <source>No region is tagged: choose at least one.</source>
        <translation>Nenhuma região foi marcada: escolha pelo menos uma.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="251"/>
        <source>&apos;{0}&apos; is not one of the site&apos;s regions ({1}).</source>
        <translation>&apos;{0}&apos; não é uma das regiões do site ({1}).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="259"/>
        <source>&apos;{0}&apos; is not in the list of countries (did you mean {1}?); publishing would make it a new tag on the site.</source>
        <translation>&quot;{0}&quot; não está na lista de países (quis dizer {1}?); publicar a criaria como tag nova no site.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="266"/>
        <source>{0} is tagged but its region is not: add the region {1}.</source>
        <translation>Tem a tag {0}, mas não a região dela: adicione a região {1}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="288"/>
        <source>The article has no featured image: choose one.</source>
        <translation>O artigo não tem imagem destacada: escolha uma.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="295"/>
        <source>The featured image {0} has no credit: name the photographer or source.</source>
        <translation>A imagem destacada {0} não tem crédito: informe o fotógrafo ou a fonte.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="309"/>
        <source>The image {0} is not a photo format the site accepts: export it as JPEG or PNG.</source>
        <translation>A imagem {0} não está em um formato de foto que o site aceite: exporte-a como JPEG ou PNG.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="315"/>
        <source>The image {0} cannot be published: {1}. Export it again as JPEG or PNG.</source>
        <translation>A imagem {0} não pode ser publicada: {1}. Exporte-a novamente como JPEG ou PNG.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="320"/>
        <source>The image file {0} is not in the article folder: add it or fix the name.</source>
        <translation>O arquivo de imagem {0} não está na pasta do artigo: adicione-o ou corrija o nome.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="323"/>
        <source>The image {0} is outside the article folder: import it into the article instead.</source>
        <translation>A imagem {0} está fora da pasta do artigo: importe-a para o artigo.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="327"/>
        <source>The image {0} comes from another web site: download it and import it into the article, with permission.</source>
        <translation>A imagem {0} vem de outro site: baixe-a e importe-a para o artigo, com permissão.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/lint.py" line="344"/>
        <source>Line {0}: the &lt;{1}&gt; tag stands inside a sentence, so this paragraph is published as an HTML block; put the HTML on lines of its own, with blank lines around it.</source>
        <translation>Linha {0}: a tag &lt;{1}&gt; está dentro de uma frase, então este parágrafo é publicado como bloco HTML; coloque o HTML em linhas próprias, com linhas em branco ao redor.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/keys.py" line="30"/>
        <source>Unknown key &apos;{0}&apos; (did you mean &apos;{1}&apos; under &apos;featured_image&apos;?); sr-editor does not use it.</source>
        <translation>Chave desconhecida &apos;{0}&apos; (você quis dizer &apos;{1}&apos; dentro de &apos;featured_image&apos;?); o sr-editor não a usa.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/keys.py" line="34"/>
        <source>Unknown key &apos;{0}&apos; (did you mean &apos;{1}&apos;?); sr-editor does not use it.</source>
        <translation>Chave desconhecida &apos;{0}&apos; (você quis dizer &apos;{1}&apos;?); o sr-editor não a usa.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/checks/keys.py" line="36"/>
        <source>Unknown key &apos;{0}&apos;; sr-editor does not use it (the known keys are {1}).</source>
        <translation>Chave desconhecida &apos;{0}&apos;; o sr-editor não a usa (as chaves conhecidas são {1}).</translation>
    </message>
</context>
<context>
    <name>outcome</name>
    <message>
        <location filename="../../src/sr_editor/publish/errors.py" line="323"/>
        <source>The article stays local and can be published later.</source>
        <translation>O artigo continua local e pode ser publicado mais tarde.</translation>
    </message>
</context>
<context>
    <name>paging</name>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/paging.py" line="81"/>
        <source>the site&apos;s list holds this entry instead of an object</source>
        <translation>a lista do site contém esta entrada em vez de um objeto</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/wordpress/paging.py" line="84"/>
        <source>the id the site gives is not a whole number</source>
        <translation>o id que o site informa não é um número inteiro</translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message>
        <location filename="../../src/sr_editor/core/blocks/unit_preview.py" line="69"/>
        <source>Kept as on the site: {0}</source>
        <translation>Mantido como no site: {0}</translation>
    </message>
</context>
<context>
    <name>publish_lock</name>
    <message>
        <location filename="../../src/sr_editor/publish/sync/publish_lock.py" line="50"/>
        <source>{0}: cannot create the publish lock {1} ({2}).</source>
        <translation>{0}: não é possível criar o bloqueio de publicação {1} ({2}).</translation>
    </message>
</context>
<context>
    <name>pull</name>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull_post.py" line="290"/>
        <source>kept as on the site (published back unchanged): {0}</source>
        <translation>mantido como no site (publicado de volta sem mudanças): {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="163"/>
        <source>Post {0}: {1}</source>
        <translation>Post {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="173"/>
        <source>post {0}: {1}</source>
        <translation>post {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="284"/>
        <source>pull the posts of {0}</source>
        <translation>trazer os posts de {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="285"/>
        <source>an Author or Contributor reads only their own posts; ask an Editor</source>
        <translation>um Autor ou Colaborador só lê os próprios posts; peça a um Editor</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="302"/>
        <source>{0} has no category &quot;{1}&quot;.</source>
        <translation>{0} não tem a categoria &quot;{1}&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="311"/>
        <source>{0} has no writer with the login &quot;{1}&quot;.</source>
        <translation>{0} não tem nenhum redator com o login &quot;{1}&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="386"/>
        <source>post {0}: {1} has no post {0} (deleted, or never there).</source>
        <translation>post {0}: {1} não tem o post {0} (foi excluído, ou nunca existiu).</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="392"/>
        <source>this account</source>
        <translation>esta conta</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="393"/>
        <source>post {0}: your account on {1} ({2}) may not read post {0}: it belongs to another writer or is private; ask an Editor to pull it.</source>
        <translation>post {0}: sua conta em {1} ({2}) não pode ler o post {0}: ele pertence a outro redator ou é privado; peça a um Editor que o traga.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="430"/>
        <source>changed on {0} and here since the last sync: your text is kept; the site&apos;s version is in the local history and waits for a merge</source>
        <translation>alterado em {0} e aqui desde a última sincronização: seu texto é mantido; a versão do site está no histórico local e aguarda uma mesclagem</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull_post.py" line="244"/>
        <source>The image {0} could not be downloaded: {1}</source>
        <translation>Não foi possível baixar a imagem {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull_post.py" line="248"/>
        <source>The image {0} is missing on the site; the article refers to its address.</source>
        <translation>A imagem {0} não está no site; o artigo aponta para o endereço dela.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull_post.py" line="259"/>
        <source>The featured image (media {0}) is not readable with this account.</source>
        <translation>A imagem destacada (mídia {0}) não pode ser lida com esta conta.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull_post.py" line="293"/>
        <source>kept as HTML: {0}</source>
        <translation>mantido como HTML: {0}</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull_post.py" line="295"/>
        <source>{0} holds markup that sr-editor does not publish; editing here would drop it</source>
        <translation>{0} contém marcação que o sr-editor não publica; editar aqui a descartaria</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/site_review.py" line="107"/>
        <source>Post {0} could not be pulled.</source>
        <translation>Não foi possível trazer o post {0}.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="493"/>
        <source>its text holds characters that are not valid Unicode (such as a lone surrogate); it was not pulled.</source>
        <translation>seu texto contém caracteres que não são Unicode válido (como um substituto isolado); não foi trazido.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="496"/>
        <source>its content is nested too deeply to convert; it was not pulled.</source>
        <translation>seu conteúdo está aninhado profundamente demais para ser convertido; não foi trazido.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="499"/>
        <source>the site sent it in a form sr-editor cannot read ({0}); it was not pulled.</source>
        <translation>o site o enviou em uma forma que o sr-editor não consegue ler ({0}); não foi trazido.</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/publish/sync/pull.py" line="362"/>
        <source>post {0}: {1}; it was not pulled.</source>
        <translation>post {0}: {1}; não foi trazido.</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../src/sr_editor/core/article/status.py" line="36"/>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/status.py" line="36"/>
        <source>Pending review</source>
        <translation>Revisão pendente</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/status.py" line="37"/>
        <source>Scheduled</source>
        <translation>Agendado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/status.py" line="37"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../../src/sr_editor/core/article/status.py" line="38"/>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <location filename="../../src/sr_editor/core/storage/workspace.py" line="408"/>
        <source>line {0}: {1}</source>
        <translation>linha {0}: {1}</translation>
    </message>
</context>
</TS>
