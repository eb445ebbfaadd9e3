"""Block markup as WordPress's block editor (6.1 line) saves it: one entry per block type or form, each placed
between two ordinary paragraphs in `post()`. Written for these tests in the editor's form (the validator test
checks each against Gutenberg's own `save()`); image addresses point at the test site's uploads folder.

`KEPT` names the entries that arrive in the Markdown as kept units; every other converts to Markdown.
"""
# ruff: noqa: E501  (block markup is kept on the lines the editor writes it on)

from __future__ import annotations

UPLOADS = "https://news.example/wp-content/uploads/2026/12"

BLOCKS: dict[str, str] = {
    "paragraph-inline": """<!-- wp:paragraph -->
<p>Plain <strong>bold</strong>, <em>italic</em>, <a href="https://example.org/a">a link</a>, <code>code</code>, H<sub>2</sub>O and x<sup>2</sup>.</p>
<!-- /wp:paragraph -->""",
    "paragraph-new-tab-link": """<!-- wp:paragraph -->
<p>Read <a href="https://example.org/r" target="_blank" rel="noreferrer noopener">the report</a> first.</p>
<!-- /wp:paragraph -->""",
    "paragraph-aligned": """<!-- wp:paragraph {"align":"center"} -->
<p class="has-text-align-center">Centred words.</p>
<!-- /wp:paragraph -->""",
    "paragraph-drop-cap": """<!-- wp:paragraph {"dropCap":true} -->
<p class="has-drop-cap">Once upon a time.</p>
<!-- /wp:paragraph -->""",
    "heading": """<!-- wp:heading -->
<h2>What was decided</h2>
<!-- /wp:heading -->""",
    "heading-level-3": """<!-- wp:heading {"level":3} -->
<h3>Details</h3>
<!-- /wp:heading -->""",
    "heading-aligned": """<!-- wp:heading {"textAlign":"center"} -->
<h2 class="has-text-align-center">Centred heading</h2>
<!-- /wp:heading -->""",
    "heading-anchor": """<!-- wp:heading -->
<h2 id="vote-results">Results</h2>
<!-- /wp:heading -->""",
    "heading-anchor-as-ours": """<!-- wp:heading -->
<h2 id="how-they-voted">How they voted</h2>
<!-- /wp:heading -->""",
    "list": """<!-- wp:list -->
<ul><!-- wp:list-item -->
<li>Water stays public</li>
<!-- /wp:list-item -->

<!-- wp:list-item -->
<li>A vote in <a href="https://example.org/vote">March</a></li>
<!-- /wp:list-item --></ul>
<!-- /wp:list -->""",
    "list-ordered-start": """<!-- wp:list {"ordered":true,"start":3} -->
<ol start="3"><!-- wp:list-item -->
<li>Third</li>
<!-- /wp:list-item -->

<!-- wp:list-item -->
<li>Fourth</li>
<!-- /wp:list-item --></ol>
<!-- /wp:list -->""",
    "list-nested": """<!-- wp:list -->
<ul><!-- wp:list-item -->
<li>Regions<!-- wp:list -->
<ul><!-- wp:list-item -->
<li>Potosí</li>
<!-- /wp:list-item -->

<!-- wp:list-item -->
<li>Oruro</li>
<!-- /wp:list-item --></ul>
<!-- /wp:list --></li>
<!-- /wp:list-item -->

<!-- wp:list-item -->
<li>Cities</li>
<!-- /wp:list-item --></ul>
<!-- /wp:list -->""",
    "quote": """<!-- wp:quote -->
<blockquote class="wp-block-quote"><!-- wp:paragraph -->
<p>We will not sell the rivers.</p>
<!-- /wp:paragraph --></blockquote>
<!-- /wp:quote -->""",
    "quote-cite": """<!-- wp:quote -->
<blockquote class="wp-block-quote"><!-- wp:paragraph -->
<p>The water is ours.</p>
<!-- /wp:paragraph --><cite>Oscar Olivera</cite></blockquote>
<!-- /wp:quote -->""",
    "image": f"""<!-- wp:image {{"id":41,"sizeSlug":"large","linkDestination":"none"}} -->
<figure class="wp-block-image size-large"><img src="{UPLOADS}/tent.jpg" alt="Delegates under a white tent" class="wp-image-41"/><figcaption class="wp-element-caption">The assembly at Colchani</figcaption></figure>
<!-- /wp:image -->""",
    "image-caption-formatted": f"""<!-- wp:image {{"id":42,"sizeSlug":"large","linkDestination":"none"}} -->
<figure class="wp-block-image size-large"><img src="{UPLOADS}/river.jpg" alt="A river at dawn" class="wp-image-42"/><figcaption class="wp-element-caption">Photo by <em>Ana Ruiz</em> for <a href="https://example.org">Andes</a></figcaption></figure>
<!-- /wp:image -->""",
    "image-aligned": f"""<!-- wp:image {{"align":"center","id":43,"sizeSlug":"large","linkDestination":"none"}} -->
<figure class="wp-block-image aligncenter size-large"><img src="{UPLOADS}/flag.jpg" alt="A flag" class="wp-image-43"/></figure>
<!-- /wp:image -->""",
    "table": """<!-- wp:table -->
<figure class="wp-block-table"><table><thead><tr><th>Region</th><th>Votes</th></tr></thead><tbody><tr><td>Potosí</td><td>1200</td></tr></tbody></table></figure>
<!-- /wp:table -->""",
    "table-aligned": """<!-- wp:table -->
<figure class="wp-block-table"><table><thead><tr><th>Region</th><th class="has-text-align-right" data-align="right">Votes</th></tr></thead><tbody><tr><td>Potosí</td><td class="has-text-align-right" data-align="right">1200</td></tr><tr><td>Oruro</td><td class="has-text-align-right" data-align="right">800</td></tr></tbody></table></figure>
<!-- /wp:table -->""",
    "table-no-header": """<!-- wp:table -->
<figure class="wp-block-table"><table><tbody><tr><td>a</td><td>b</td></tr></tbody></table></figure>
<!-- /wp:table -->""",
    "table-caption": """<!-- wp:table -->
<figure class="wp-block-table"><table><thead><tr><th>Year</th></tr></thead><tbody><tr><td>2026</td></tr></tbody></table><figcaption class="wp-element-caption">Turnout by year</figcaption></figure>
<!-- /wp:table -->""",
    "code": """<!-- wp:code -->
<pre class="wp-block-code"><code>turnout = 0.81</code></pre>
<!-- /wp:code -->""",
    "code-tabs": """<!-- wp:code -->
<pre class="wp-block-code"><code>if turnout:
	print(turnout)</code></pre>
<!-- /wp:code -->""",
    "preformatted": """<!-- wp:preformatted -->
<pre class="wp-block-preformatted">Name	Votes
Potosí	1200</pre>
<!-- /wp:preformatted -->""",
    "verse": """<!-- wp:verse -->
<pre class="wp-block-verse">The river runs
  down to the sea</pre>
<!-- /wp:verse -->""",
    "separator": """<!-- wp:separator -->
<hr class="wp-block-separator has-alpha-channel-opacity"/>
<!-- /wp:separator -->""",
    "separator-wide": """<!-- wp:separator {"className":"is-style-wide"} -->
<hr class="wp-block-separator has-alpha-channel-opacity is-style-wide"/>
<!-- /wp:separator -->""",
    "pullquote": """<!-- wp:pullquote -->
<figure class="wp-block-pullquote"><blockquote><p>Words that matter.</p><cite>A delegate</cite></blockquote></figure>
<!-- /wp:pullquote -->""",
    "shortcode": """<!-- wp:shortcode -->
[contact-form-7 id="12" title="Contact"]
<!-- /wp:shortcode -->""",
    "html": """<!-- wp:html -->
<div class="note"><p>A note in HTML.</p></div>
<!-- /wp:html -->""",
    "html-iframe": """<!-- wp:html -->
<iframe src="https://maps.example/embed?x=1" width="600" height="400"></iframe>
<!-- /wp:html -->""",
    "embed-youtube": """<!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube","responsive":true,"className":"wp-embed-aspect-16-9 wp-has-aspect-ratio"} -->
<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">
https://www.youtube.com/watch?v=dQw4w9WgXcQ
</div></figure>
<!-- /wp:embed -->""",
    "gallery": f"""<!-- wp:gallery {{"linkTo":"none"}} -->
<figure class="wp-block-gallery has-nested-images columns-default is-cropped"><!-- wp:image {{"id":44,"sizeSlug":"large","linkDestination":"none"}} -->
<figure class="wp-block-image size-large"><img src="{UPLOADS}/a.jpg" alt="First" class="wp-image-44"/></figure>
<!-- /wp:image -->

<!-- wp:image {{"id":45,"sizeSlug":"large","linkDestination":"none"}} -->
<figure class="wp-block-image size-large"><img src="{UPLOADS}/b.jpg" alt="Second" class="wp-image-45"/></figure>
<!-- /wp:image --></figure>
<!-- /wp:gallery -->""",
    "columns": """<!-- wp:columns -->
<div class="wp-block-columns"><!-- wp:column -->
<div class="wp-block-column"><!-- wp:paragraph -->
<p>Left column.</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column -->

<!-- wp:column -->
<div class="wp-block-column"><!-- wp:paragraph -->
<p>Right column.</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->""",
    "group": """<!-- wp:group {"layout":{"type":"constrained"}} -->
<div class="wp-block-group"><!-- wp:paragraph -->
<p>Grouped words.</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group -->""",
    "cover": f"""<!-- wp:cover {{"url":"{UPLOADS}/cover.jpg","id":46,"dimRatio":50}} -->
<div class="wp-block-cover"><span aria-hidden="true" class="wp-block-cover__background has-background-dim"></span><img class="wp-block-cover__image-background wp-image-46" alt="" src="{UPLOADS}/cover.jpg" data-object-fit="cover"/><div class="wp-block-cover__inner-container"><!-- wp:paragraph {{"align":"center","placeholder":"Write title…","fontSize":"large"}} -->
<p class="has-text-align-center has-large-font-size">On the cover</p>
<!-- /wp:paragraph --></div></div>
<!-- /wp:cover -->""",
    "buttons": """<!-- wp:buttons -->
<div class="wp-block-buttons"><!-- wp:button -->
<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="https://example.org/donate">Donate</a></div>
<!-- /wp:button --></div>
<!-- /wp:buttons -->""",
    "media-text": f"""<!-- wp:media-text {{"mediaId":47,"mediaLink":"{UPLOADS}/side.jpg","mediaType":"image"}} -->
<div class="wp-block-media-text alignwide is-stacked-on-mobile"><figure class="wp-block-media-text__media"><img src="{UPLOADS}/side.jpg" alt="A market" class="wp-image-47 size-full"/></figure><div class="wp-block-media-text__content"><!-- wp:paragraph {{"placeholder":"Content…"}} -->
<p>The market opens at six.</p>
<!-- /wp:paragraph --></div></div>
<!-- /wp:media-text -->""",
    "audio": f"""<!-- wp:audio {{"id":48}} -->
<figure class="wp-block-audio"><audio controls src="{UPLOADS}/interview.mp3"></audio></figure>
<!-- /wp:audio -->""",
    "video": f"""<!-- wp:video {{"id":49}} -->
<figure class="wp-block-video"><video controls src="{UPLOADS}/march.mp4"></video></figure>
<!-- /wp:video -->""",
    "file": f"""<!-- wp:file {{"id":50,"href":"{UPLOADS}/report.pdf"}} -->
<div class="wp-block-file"><a id="wp-block-file--media-5f1c2d3e-0a1b-4c5d-8e9f-0123456789ab" href="{UPLOADS}/report.pdf">report</a><a href="{UPLOADS}/report.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-5f1c2d3e-0a1b-4c5d-8e9f-0123456789ab">Download</a></div>
<!-- /wp:file -->""",
    "more": """<!-- wp:more -->
<!--more-->
<!-- /wp:more -->""",
    "nextpage": """<!-- wp:nextpage -->
<!--nextpage-->
<!-- /wp:nextpage -->""",
    "spacer": """<!-- wp:spacer {"height":"50px"} -->
<div style="height:50px" aria-hidden="true" class="wp-block-spacer"></div>
<!-- /wp:spacer -->""",
    "latest-posts": """<!-- wp:latest-posts {"postsToShow":3} /-->""",
    "paragraph-empty": """<!-- wp:paragraph -->
<p></p>
<!-- /wp:paragraph -->""",
    "third-party": """<!-- wp:acme/donate-box {"goal":5000,"currency":"USD"} -->
<div class="wp-block-acme-donate-box"><p>Give [today]</p></div>
<!-- /wp:acme/donate-box -->""",
}

# Blocks of WordPress 6.3+ (the 6.1 editor does not know them): kept too, checked without the 6.1 validator.
NEWER_BLOCKS: dict[str, str] = {
    "details": """<!-- wp:details -->
<details class="wp-block-details"><summary>What the law says</summary><!-- wp:paragraph {"placeholder":"Type / to add a hidden block"} -->
<p>Article 3 keeps water public.</p>
<!-- /wp:paragraph --></details>
<!-- /wp:details -->""",
    "footnotes": """<!-- wp:paragraph -->
<p>A claim.<sup data-fn="2d3c1f6a-1b2c-4d5e-8f90-a1b2c3d4e5f6" class="fn"><a href="#2d3c1f6a-1b2c-4d5e-8f90-a1b2c3d4e5f6" id="2d3c1f6a-1b2c-4d5e-8f90-a1b2c3d4e5f6-link">1</a></sup></p>
<!-- /wp:paragraph -->

<!-- wp:footnotes /-->""",
}

KEPT = {
    "paragraph-aligned", "paragraph-drop-cap", "heading-aligned", "heading-anchor", "quote-cite",
    "image-caption-formatted", "image-aligned", "table-no-header", "table-caption", "code-tabs", "preformatted",
    "verse", "separator-wide", "pullquote", "html-iframe", "embed-youtube", "gallery", "columns", "group", "cover",
    "buttons", "media-text", "audio", "video", "file", "more", "nextpage", "spacer", "latest-posts", "third-party",
    "details", "footnotes", "paragraph-empty",
}

FIRST = """<!-- wp:paragraph -->
<p>The assembly met in Sucre for two days.</p>
<!-- /wp:paragraph -->"""
LAST = """<!-- wp:paragraph -->
<p>Delegates will meet again in spring.</p>
<!-- /wp:paragraph -->"""


def post(markup: str) -> str:
    """A post as the editor saves it: blocks separated by one blank line."""
    return f"{FIRST}\n\n{markup}\n\n{LAST}"


def all_blocks() -> dict[str, str]:
    return {**BLOCKS, **NEWER_BLOCKS}
