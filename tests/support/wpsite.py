"""A throwaway WordPress on 127.0.0.1 from Debian's PHP and MariaDB: MariaDB on a unix socket, PHP's built-in server.

Two WordPress lines: Debian's 6.1.9 (/usr/share/wordpress) and the 6.7 pre-release that `sh packaging/setup.sh
test` unpacks from @wp-playground/wordpress-builds to tests/support/builds/wp/nightly (its own wp-config.php,
written for SQLite, is never used). Shared by the pytest fixture (tests/support/wp_fixture.py) and
benchmarks/bench_publish.py. Nothing is written outside the given folder: instead of /etc/wordpress/config-NAME.php,
a docroot of symlinks to the WordPress source carries its own wp-config.php, and the router defines ABSPATH so
wp-load.php finds it. WP_DEBUG is on with display off: every PHP warning, notice and deprecation goes to
`php-errors.log` in the site's folder (`php_problems()` reads it).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

WP_ROOT = Path("/usr/share/wordpress")
BUILDS = Path(__file__).parent / "builds" / "wp"
# Line -> WordPress source folder. "6.1": Debian's package; "6.7": 6.7-alpha-58716 from wordpress-builds 0.9.19.
LINES = {"6.1": WP_ROOT, "6.7": BUILDS / "nightly"}
BUILDS_HINT = "sh packaging/setup.sh test (it unpacks @wp-playground/wordpress-builds to tests/support/builds/wp)"
INSTALL_HINT = (
    "apt-get install -y --no-install-recommends wordpress php-cli php-mysql php-gd php-xml php-mbstring "
    "php-curl php8.2-fpm mariadb-server-core mariadb-client-core"
)
REGIONS = ("Latin America", "Africa", "Asia", "Europe", "Middle East", "North America", "Oceania")
EXTRA_CATEGORIES = ("Arts & Culture",)
ROLES = ("administrator", "editor", "author", "contributor", "subscriber")


@dataclass(frozen=True)
class WpUser:
    login: str
    role: str
    user_id: int
    app_password: str
    app_password_name: str


@dataclass
class WordPressSite:
    url: str  # http://127.0.0.1:PORT (no trailing slash)
    root: Path
    users: dict[str, WpUser]  # role -> user
    categories: dict[str, int]  # name -> id
    version: str = ""  # $wp_version of the source served, e.g. "6.1.9", "6.7-alpha-58716"
    _procs: list[subprocess.Popen[bytes]] = field(default_factory=list, repr=False)
    _cleanup: list[Path] = field(default_factory=list, repr=False)  # folders outside root (a short socket dir)

    def user(self, role: str) -> WpUser:
        return self.users[role]

    def stop(self) -> None:
        """Stop the PHP server, then MariaDB; waits for each and kills what does not stop in time."""
        for proc in reversed(self._procs):
            stop_process(proc)
        self._procs.clear()
        for folder in self._cleanup:
            shutil.rmtree(folder, ignore_errors=True)
        self._cleanup.clear()


def missing_packages() -> list[str]:
    """Debian packages that are needed but absent, judged by the files they install."""
    checks = {
        "wordpress": (WP_ROOT / "wp-load.php").exists(),
        "php-cli": shutil.which("php") is not None,
        "mariadb-server-core": shutil.which("mariadbd") is not None or Path("/usr/sbin/mariadbd").exists(),
        "mariadb-client-core": shutil.which("mariadb") is not None,
    }
    missing = [name for name, ok in checks.items() if not ok]
    if "php-cli" not in missing:
        modules = subprocess.run(["php", "-m"], capture_output=True, text=True, check=False).stdout.lower()
        for module, package in (("mysqli", "php-mysql"), ("gd", "php-gd"), ("mbstring", "php-mbstring")):
            if module not in modules.split():
                missing.append(package)
    return missing


def stop_process(proc: subprocess.Popen[bytes], timeout: float = 10.0) -> None:
    """Each server runs in its own process group (PHP forks workers): signal the group, not only the leader."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=timeout)
            if sig == signal.SIGTERM:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(proc.pid, signal.SIGKILL)  # stray workers whose leader already left
            return
        except subprocess.TimeoutExpired:
            continue


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for(predicate: object, what: str, timeout: float, proc: subprocess.Popen[bytes] | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"{what}: process exited with {proc.returncode}")
        if predicate():  # type: ignore[operator]
            return
        time.sleep(0.05)
    raise RuntimeError(f"{what}: not ready after {timeout} s")


def _mariadbd() -> str:
    return shutil.which("mariadbd") or "/usr/sbin/mariadbd"


def socket_path(datadir: Path) -> Path:
    """In the data folder, unless that path is too long for a unix socket (108 bytes): then a short /tmp folder."""
    sock = datadir / "mysqld.sock"
    if len(str(sock)) > 100:
        sock = Path(tempfile.mkdtemp(prefix="srwp-", dir="/tmp")) / "mysqld.sock"
    return sock


def start_mariadb(datadir: Path, sock: Path, log: Path) -> subprocess.Popen[bytes]:
    datadir.mkdir(parents=True)
    user = ["--user=root"] if os.geteuid() == 0 else []
    subprocess.run(
        ["mariadb-install-db", "--no-defaults", f"--datadir={datadir}", "--auth-root-authentication-method=normal",
         "--skip-test-db", *user],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    proc = subprocess.Popen(
        [_mariadbd(), "--no-defaults", f"--datadir={datadir}", f"--socket={sock}", "--skip-networking",
         f"--pid-file={datadir / 'mysqld.pid'}", "--innodb-buffer-pool-size=32M", *user],
        stdout=log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True,
    )
    try:
        _wait_for(sock.exists, "MariaDB", 30, proc)
        subprocess.run(
            ["mariadb", "--no-defaults", f"--socket={sock}", "-uroot", "-e", "CREATE DATABASE wordpress"],
            check=True, capture_output=True,
        )
    except BaseException:
        stop_process(proc)
        raise
    return proc


def _php_str(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def wordpress_version(wp_root: Path) -> str:
    """$wp_version from wp-includes/version.php ("" when the file is missing or says nothing)."""
    try:
        text = (wp_root / "wp-includes" / "version.php").read_text(encoding="utf-8")
    except OSError:
        return ""
    found = re.search(r"\$wp_version\s*=\s*'([^']+)'", text)
    return found.group(1) if found else ""


def missing_source(line: str) -> str | None:
    """Why the WordPress source of `line` cannot be served, or None."""
    wp_root = LINES[line]
    if (wp_root / "wp-load.php").exists() and wordpress_version(wp_root):
        return None
    if wp_root == WP_ROOT:
        return f"Debian's WordPress is not installed: {INSTALL_HINT}"
    return f"the WordPress {line} source is not unpacked in {wp_root}: run {BUILDS_HINT}"


PHP_PROBLEM = re.compile(r"PHP (Warning|Notice|Deprecated|Fatal error|Parse error|Strict Standards)\b")


# WordPress's own faults, known and harmless to us: reported as warnings, not failures. Each is (pattern, why).
KNOWN_CORE_PROBLEMS = (
    (re.compile(r"Undefined property: stdClass::\$(id|post_parent) in \S*/class-wp-rest-posts-controller\.php"),
     "WP_REST_Posts_Controller::create_item reads $prepared_post->id and ->post_parent, which are unset when a "
     "draft or pending post is created with a slug (in 6.1.9 and 6.7-alpha alike)"),
)


def known_core_problem(problem: str) -> str | None:
    """Why `problem` is a known WordPress fault, or None when it is not one."""
    return next((why for pattern, why in KNOWN_CORE_PROBLEMS if pattern.search(problem)), None)


def php_problems(root: Path) -> list[str]:
    """PHP warnings, notices, deprecations and errors logged by the site under `root` (WordPress's error log and
    the PHP server's own output), each once, without the timestamp."""
    found: dict[str, None] = {}
    for log in (root / "php-errors.log", root / "php.log"):
        try:
            lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            continue
        for line in lines:
            if PHP_PROBLEM.search(line):
                found[re.sub(r"^(\[[^]]*\] )+", "", line)] = None
    return list(found)


def write_docroot(root: Path, url: str, sock: Path, wp_root: Path = WP_ROOT) -> Path:
    """Symlinks to the WordPress source plus our wp-config.php, wp-content (uploads, offline mu-plugin), router."""
    docroot = root / "docroot"
    docroot.mkdir()
    for entry in wp_root.iterdir():
        if entry.name not in ("wp-config.php", "wp-content"):
            (docroot / entry.name).symlink_to(entry)
    content = docroot / "wp-content"
    for sub in ("uploads", "mu-plugins", "plugins", "themes"):
        (content / sub).mkdir(parents=True)
    (content / "mu-plugins" / "offline.php").write_text(
        "<?php\n// Test site: never send mail, never call home.\nadd_filter('pre_wp_mail', '__return_true');\n"
        "add_filter('pre_http_request', function ($pre, $args, $url) {\n"
        "  return new WP_Error('http_request_blocked', 'offline test site'); }, 10, 3);\n"
    )
    config = f"""<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', {_php_str('localhost:' + str(sock))});
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_HOME', {_php_str(url)});
define('WP_SITEURL', {_php_str(url)});
define('WP_CONTENT_DIR', {_php_str(str(content))});
define('WP_CONTENT_URL', {_php_str(url + '/wp-content')});
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', {_php_str(str(root / 'php-errors.log'))});
define('FS_METHOD', 'direct');
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
"""
    (docroot / "wp-config.php").write_text(config)
    router = root / "router.php"
    router.write_text(f"""<?php
define('ABSPATH', {_php_str(str(docroot) + '/')});
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$file = realpath(ABSPATH . ltrim(urldecode($path), '/'));
if ($file !== false && is_file($file) && substr($file, -4) !== '.php') {{
    return false;  // static file: let the built-in server send it
}}
if ($file !== false && is_file($file) && substr($file, -4) === '.php' && basename($file) !== 'wp-config.php') {{
    chdir(dirname($file));
    require $file;
    return true;
}}
chdir(ABSPATH);
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = ABSPATH . 'index.php';
require ABSPATH . 'index.php';
""")
    return docroot


INSTALL_PHP = r"""<?php
define('WP_INSTALLING', true);
define('ABSPATH', $argv[1] . '/');
$_SERVER['HTTP_HOST'] = $argv[2];
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
require_once ABSPATH . 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-includes/class-wp-application-passwords.php';
$spec = json_decode(file_get_contents($argv[3]), true);
wp_install('sr-editor test site', 'admin', 'admin@example.org', false, '', wp_generate_password(24));
update_option('permalink_structure', '/%postname%/');
update_option('timezone_string', $spec['timezone']);
update_option('uploads_use_yearmonth_folders', 0);
flush_rewrite_rules(true);
$out = ['users' => [], 'categories' => []];
foreach ($spec['roles'] as $role) {
    $login = $role === 'administrator' ? 'admin' : ('test-' . $role);
    $id = $role === 'administrator' ? 1 : wp_insert_user(['user_login' => $login,
        'user_pass' => wp_generate_password(24), 'user_email' => $login . '@example.org',
        'role' => $role, 'display_name' => 'Test ' . ucfirst($role)]);
    if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
    $name = 'sr-editor on laptop';
    $created = WP_Application_Passwords::create_new_application_password($id, ['name' => $name]);
    if (is_wp_error($created)) { fwrite(STDERR, $created->get_error_message()); exit(1); }
    $out['users'][$role] = ['login' => $login, 'id' => $id, 'password' => $created[0], 'name' => $name];
}
foreach ($spec['categories'] as $cat) {
    $term = wp_insert_term($cat, 'category');
    if (is_wp_error($term)) { fwrite(STDERR, $term->get_error_message()); exit(1); }
    $out['categories'][$cat] = $term['term_id'];
}
echo json_encode($out);
"""


def install(root: Path, docroot: Path, host: str, timezone: str) -> dict[str, object]:
    script = root / "install.php"
    script.write_text(INSTALL_PHP)
    spec = root / "install.json"
    spec.write_text(json.dumps({"roles": ROLES, "categories": [*REGIONS, *EXTRA_CATEGORIES], "timezone": timezone}))
    done = subprocess.run(
        ["php", "-d", "display_errors=stderr", str(script), str(docroot), host, str(spec)],
        capture_output=True, text=True, check=False, timeout=120,
    )
    if done.returncode != 0:
        raise RuntimeError(f"WordPress install failed: {done.stderr.strip()[-2000:]}")
    start = done.stdout.find("{")
    result: dict[str, object] = json.loads(done.stdout[start:])
    return result


def _http_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return int(response.status) == 200
    except (urllib.error.URLError, OSError):
        return False


def start_php_server(root: Path, docroot: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PHP_CLI_SERVER_WORKERS="2")
    return subprocess.Popen(
        ["php", "-d", "upload_max_filesize=16M", "-d", "post_max_size=16M", "-d", "memory_limit=256M",
         "-d", "display_errors=0", "-S", f"127.0.0.1:{port}", "-t", str(docroot), str(root / "router.php")],
        stdout=log.open("wb"), stderr=subprocess.STDOUT, env=env, cwd=docroot, start_new_session=True,
    )


def start_wordpress(root: Path, timezone: str = "America/Port-au-Prince", wp_root: Path = WP_ROOT) -> WordPressSite:
    """Start MariaDB and PHP under `root`, install WordPress from `wp_root` with one user per role; caller must
    `stop()`."""
    root.mkdir(parents=True, exist_ok=True)
    procs: list[subprocess.Popen[bytes]] = []
    sock = socket_path(root / "db")
    extra = [sock.parent] if root not in sock.parents else []
    try:
        db = start_mariadb(root / "db", sock, root / "mariadb.log")
        procs.append(db)
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        docroot = write_docroot(root, url, sock, wp_root)
        data = install(root, docroot, f"127.0.0.1:{port}", timezone)
        php = start_php_server(root, docroot, port, root / "php.log")
        procs.append(php)
        _wait_for(lambda: _http_ok(url + "/wp-json/"), "PHP server", 30, php)
    except BaseException:
        for proc in reversed(procs):
            stop_process(proc)
        for folder in extra:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    users_raw = data["users"]
    assert isinstance(users_raw, dict)
    users = {
        role: WpUser(u["login"], role, int(u["id"]), u["password"], u["name"]) for role, u in users_raw.items()
    }
    categories_raw = data["categories"]
    assert isinstance(categories_raw, dict)
    categories = {k: int(v) for k, v in categories_raw.items()}
    return WordPressSite(url, root, users, categories, wordpress_version(wp_root), procs, extra)
