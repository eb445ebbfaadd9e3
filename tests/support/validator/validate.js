'use strict';
// Gutenberg's own block validator, as the editor runs it when it opens a post: parse() from @wordpress/blocks
// with the core blocks registered. Usage: node validate.js --line npm|wp61 [FILE...]; without files, stdin holds
// JSON {"name": content, ...}. Prints JSON {name: [{name, isValid, issues, innerBlocks}, ...]}.
// With --serialize, the editor's own writer instead: stdin holds JSON {"name": [{name, attributes, innerBlocks},
// ...]}; each list goes through createBlock() and serialize(), as the editor saves a post. Prints JSON
// {version, results: {name: markup or null}, missing: {name: [block names this line does not know]}}.
const fs = require('fs');
const path = require('path');

function args() {
  const argv = process.argv.slice(2);
  let line = 'npm';
  let serialize = false;
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--line') line = argv[++i];
    else if (argv[i] === '--serialize') serialize = true;
    else files.push(argv[i]);
  }
  return { line, files, serialize };
}

function quiet() {
  // Deprecation notices and React warnings go to stderr so stdout stays JSON.
  for (const name of ['log', 'info', 'warn', 'error']) console[name] = (...a) => process.stderr.write(a.join(' ') + '\n');
}

function npmLine() {
  require('global-jsdom')(undefined, { url: 'http://localhost/', pretendToBeVisual: true });
  window.matchMedia = window.matchMedia || (() => ({ matches: false, addListener() {}, removeListener() {},
    addEventListener() {}, removeEventListener() {} }));
  const blocks = require('@wordpress/blocks');
  require('@wordpress/block-library').registerCoreBlocks();
  return { blocks, version: require('@wordpress/blocks/package.json').version, own: (x) => x };
}

const WP_DIST = process.env.WP_DIST || '/usr/share/wordpress/wp-includes/js/dist';

let packageDeps = null;
function assetDeps(name) {
  // WordPress's own dependency list: wp-includes/assets/script-loader-packages.php maps 'foo.js' to
  // array('dependencies' => array('a', 'wp-b'), ...).
  if (packageDeps === null) {
    packageDeps = {};
    const text = fs.readFileSync(path.join(WP_DIST, '../../assets/script-loader-packages.php'), 'utf8');
    for (const m of text.matchAll(/'([a-z0-9-]+)\.js' => array\('dependencies' => array\(([^)]*)\)/g)) {
      packageDeps[m[1]] = [...m[2].matchAll(/'([^']+)'/g)].map((x) => x[1]);
    }
  }
  return packageDeps[name] || [];
}

const VENDOR = { react: 'vendor/react.js', 'react-dom': 'vendor/react-dom.js', lodash: 'vendor/lodash.js',
  moment: 'vendor/moment.js', 'regenerator-runtime': 'vendor/regenerator-runtime.js', 'wp-polyfill': 'vendor/wp-polyfill.js' };

function wp61Line() {
  const { JSDOM, VirtualConsole } = require('jsdom');
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (e) => process.stderr.write(String(e && e.stack || e) + '\n'));
  const dom = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>',
    { url: 'http://localhost/', runScripts: 'outside-only', pretendToBeVisual: true, virtualConsole });
  const win = dom.window;
  win.console = console;
  win.matchMedia = win.matchMedia || (() => ({ matches: false, addListener() {}, removeListener() {} }));
  const loaded = new Set();
  const load = (handle) => {
    if (loaded.has(handle)) return;
    loaded.add(handle);
    let file;
    if (VENDOR[handle]) file = VENDOR[handle];
    else if (handle.startsWith('wp-')) {
      const name = handle.slice(3);
      for (const dep of assetDeps(name)) load(dep);
      file = name + '.js';
    } else return; // styles or handles without a script
    const full = path.join(WP_DIST, file);
    if (!fs.existsSync(full)) return;
    win.eval(fs.readFileSync(full, 'utf8') + '\n//# sourceURL=' + file);
    if (handle === 'lodash') win.eval('window.lodash = _.noConflict();'); // WordPress's inline script for lodash
  };
  for (const handle of ['wp-polyfill', 'lodash', 'moment', 'react', 'react-dom', 'wp-blocks', 'wp-block-library']) load(handle);
  win.wp.blockLibrary.registerCoreBlocks();
  const m = fs.readFileSync(path.join(WP_DIST, '../../version.php'), 'utf8').match(/\$wp_version\s*=\s*'([^']+)'/);
  // Block specs are built in Node's realm: copy them into the window's so its editor sees plain objects.
  return { blocks: win.wp.blocks, version: m ? m[1] : '?', own: (x) => win.JSON.parse(JSON.stringify(x)) };
}

function describe(block) {
  // Without the Classic editor (wp.oldEditor) the Classic block is not registered, and HTML outside any block
  // comes back as core/missing without an original name: report it as what the editor would show, Classic.
  const classic = block.name === 'core/missing' && !(block.attributes && block.attributes.originalName);
  return {
    name: classic ? 'core/freeform' : block.name,
    isValid: block.isValid !== false,
    issues: (block.validationIssues || []).map((i) => {
      // Each issue is a console-style format string with arguments; a block type prints as its name only.
      const args = (i.args || [String(i)]).map((a) => (a && typeof a === 'object' && a.name ? a.name : a));
      try { return require('util').format(...args); } catch (e) { return String(i); }
    }),
    innerBlocks: (block.innerBlocks || []).map(describe),
  };
}

function unknownNames(blocks, specs, out = []) {
  for (const spec of specs) {
    if (!blocks.getBlockType(spec.name)) out.push(spec.name);
    unknownNames(blocks, spec.innerBlocks || [], out);
  }
  return out;
}

function build(blocks, spec) {
  return blocks.createBlock(spec.name, spec.attributes || {}, (spec.innerBlocks || []).map((s) => build(blocks, s)));
}

function serializeAll(blocks, own, docs) {
  const out = { results: {}, missing: {} };
  for (const [name, specs] of Object.entries(docs)) {
    const missing = unknownNames(blocks, specs);
    if (missing.length) {
      out.results[name] = null;
      out.missing[name] = missing;
    } else {
      out.results[name] = blocks.serialize(own(specs).map((spec) => build(blocks, spec)));
    }
  }
  return out;
}

function main() {
  const { line, files, serialize } = args();
  quiet();
  const { blocks, version, own } = line === 'wp61' ? wp61Line() : npmLine();
  if (serialize) {
    const written = serializeAll(blocks, own, JSON.parse(fs.readFileSync(0, 'utf8')));
    process.stdout.write(JSON.stringify({ version, ...written }));
    return;
  }
  let docs = {};
  if (files.length) for (const f of files) docs[f] = fs.readFileSync(f, 'utf8');
  else docs = JSON.parse(fs.readFileSync(0, 'utf8'));
  const out = { version, results: {} };
  for (const [name, content] of Object.entries(docs)) {
    try {
      out.results[name] = blocks.parse(content).map(describe);
    } catch (e) {
      out.results[name] = [{ name: 'error', isValid: false, issues: [String(e && e.stack || e)], innerBlocks: [] }];
    }
  }
  process.stdout.write(JSON.stringify(out));
}

main();
