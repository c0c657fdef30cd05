// A private, real WordPress for the plugin tests: Debian's WordPress 6.1,
// MariaDB and Apache with PHP, each started as its own instance in a
// temporary folder on loopback, and stopped (folder deleted, config file
// removed) by `stop()`. The system's own services and /etc/apache2 are not
// touched; nothing is left running.
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { freePort, until } from '../support.mjs';
import { join } from 'node:path';

const WORDPRESS = '/usr/share/wordpress';
const THEME = 'twentytwentythree';
export const ADMIN = { user: 'owner', password: `pw-${randomBytes(6).toString('hex')}` };

const uid = (name) => Number(execFileSync('id', ['-u', name]).toString().trim());
const gid = (name) => Number(execFileSync('id', ['-g', name]).toString().trim());

/**
 * Logs `page` in as the site owner through wp-login.php, as a person would.
 * About one login in twenty came back "The password field is empty.": the
 * login page's own scripts (user-profile.js, the 200 ms focus timer) still
 * touch the fields just after load. A person types again; so does this.
 */
export async function logIn(page) {
  for (let attempt = 1; ; attempt++) {
    await page.goto('/wp-login.php');
    await page.fill('#user_login', ADMIN.user);
    await page.fill('#user_pass', ADMIN.password);
    const answer = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/wp-login.php'));
    await page.click('#wp-submit');
    // A good login answers with a redirect to the admin screens.
    if ((await answer).status() === 302) {
      await page.waitForURL(/\/wp-admin\//);
      return;
    }
    await page.waitForLoadState();
    const error = (await page.locator('#login_error').textContent().catch(() => '')).trim();
    if (attempt === 3) throw new Error(`the owner could not log in: ${error}`);
  }
}

export async function startWordPress() {
  const dir = mkdtempSync('/tmp/cio-cmo-wordpress-');
  // MariaDB and Apache run as their own users and must reach inside.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const name = `cio-cmo-test-${port}`;
  const configFile = `/etc/wordpress/config-${name}.php`;
  const run = join(dir, 'run');
  const socket = join(run, 'mysqld.sock');
  const content = join(dir, 'wp-content');
  const log = join(dir, 'debug.log');
  let mariadb;

  const stop = () => {
    try {
      if (existsSync(join(dir, 'httpd.pid'))) execFileSync('apache2', ['-f', join(dir, 'httpd.conf'), '-k', 'stop']);
    } catch { /* already stopped */ }
    if (mariadb && mariadb.exitCode === null) mariadb.kill('SIGTERM');
    rmSync(configFile, { force: true });
  };
  const cleanUp = async () => {
    stop();
    if (mariadb) await until(() => mariadb.exitCode !== null || mariadb.signalCode !== null, 'MariaDB to stop', 20_000).catch(() => mariadb.kill('SIGKILL'));
    await until(() => !existsSync(join(dir, 'httpd.pid')), 'Apache to stop', 20_000).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);

  try {
    // MariaDB: a data folder of its own, a socket, no network.
    mkdirSync(run);
    chownSync(run, uid('mysql'), gid('mysql'));
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${dir}/db`, `--tmpdir=${run}`, '--user=mysql', '--skip-test-db'], { stdio: 'ignore' });
    mariadb = spawn('mariadbd', ['--no-defaults', `--datadir=${dir}/db`, `--tmpdir=${run}`, `--socket=${socket}`, '--skip-networking', '--user=mysql'], { stdio: 'ignore' });
    await until(() => existsSync(socket), 'MariaDB to start', 30_000);
    execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-u', 'root', '-e',
      "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';"]);

    // wp-content of its own: the theme linked in, plugins and uploads writable by Apache.
    for (const folder of ['', 'themes', 'plugins', 'uploads', 'mu-plugins', 'upgrade']) mkdirSync(join(content, folder), { recursive: true });
    symlinkSync(join(WORDPRESS, 'wp-content/themes', THEME), join(content, 'themes', THEME));
    // With no network, WordPress would log a warning for every update check
    // and for the dashboard's news feeds (fetched only if the dashboard stays
    // open long enough: a flaky PHP-log test until they were answered too).
    writeFileSync(join(content, 'mu-plugins/no-remote-calls.php'), `<?php
// Test stack only: answers calls to wordpress.org as "nothing new".
add_filter( 'pre_http_request', function ( $pre, $args, $url ) {
\tif ( false === strpos( $url, 'wordpress.org' ) ) {
\t\treturn $pre;
\t}
\t$ok = array( 'code' => 200, 'message' => 'OK' );
\t// The dashboard's news box reads two feeds: an empty one each.
\tif ( false !== strpos( $url, '/feed' ) ) {
\t\t$feed = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>WordPress</title>'
\t\t\t. '<link>https://wordpress.org/</link><description>Offline</description></channel></rss>';
\t\treturn array( 'headers' => array( 'content-type' => 'application/rss+xml; charset=UTF-8' ), 'body' => $feed, 'response' => $ok, 'cookies' => array(), 'filename' => null );
\t}
\t// One answer with every field the update, browser and PHP checks read.
\t$body = '{"offers":[],"plugins":[],"themes":[],"translations":[],"no_update":[],"upgrade":false,"insecure":false,'
\t\t. '"recommended_version":"8.2","minimum_version":"7.0","is_supported":true,"is_secure":true,"is_acceptable":true}';
\treturn array( 'headers' => array( 'content-type' => 'application/json' ), 'body' => $body, 'response' => $ok, 'cookies' => array(), 'filename' => null );
}, 10, 3 );
`);
    execFileSync('chown', ['-R', 'www-data:www-data', content]);
    writeFileSync(log, '');
    chownSync(log, uid('www-data'), gid('www-data'));

    const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
      .map((key) => `define('${key}', '${randomBytes(24).toString('hex')}');`).join('\n');
    writeFileSync(configFile, `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wordpress');
define('DB_HOST', 'localhost:${socket}');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${url}/wp-content');
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('FS_METHOD', 'direct');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${log}');
${salts}
`);

    writeFileSync(join(dir, 'httpd.conf'), `ServerRoot /etc/apache2
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${dir}/httpd.pid
ErrorLog ${dir}/apache-error.log
User www-data
Group www-data
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so
LoadModule env_module /usr/lib/apache2/modules/mod_env.so
LoadModule php_module /usr/lib/apache2/modules/libphp8.2.so
StartServers 2
MinSpareServers 2
MaxSpareServers 4
TypesConfig /etc/mime.types
AddType application/wasm .wasm
DocumentRoot ${WORDPRESS}
Alias /wp-content ${content}
SetEnv WORDPRESS_CONFIG ${name}
DirectoryIndex index.php
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory ${WORDPRESS}>
  Require all granted
</Directory>
<Directory ${content}>
  Require all granted
</Directory>
<Directory ${join(WORDPRESS, 'wp-content/themes')}>
  Require all granted
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
`);
    execFileSync('apache2', ['-f', join(dir, 'httpd.conf'), '-k', 'start']);
    await until(async () => (await fetch(`${url}/wp-admin/install.php`).catch(() => null))?.ok, 'Apache to answer', 30_000);

    // Install as the installer's form would.
    const form = new URLSearchParams({
      weblog_title: 'Majalah Bisnis Contoh', user_name: ADMIN.user, admin_password: ADMIN.password,
      admin_password2: ADMIN.password, admin_email: 'owner@example.test', blog_public: '0', language: '',
    });
    const installed = await (await fetch(`${url}/wp-admin/install.php?step=2`, { method: 'POST', body: form })).text();
    if (!installed.includes('<h1>Success!</h1>')) throw new Error(`WordPress did not install:\n${installed.slice(0, 2000)}`);
  } catch (error) {
    await cleanUp();
    throw error;
  }

  // Messages PHP wrote after installation, less WordPress 6.1's own
  // deprecation notices under PHP 8.2.
  const installLogLength = readFileSync(log, 'utf8').length;
  const phpProblems = () => readFileSync(log, 'utf8').slice(installLogLength).split('\n')
    .filter((line) => line.trim() && !/PHP Deprecated:/.test(line) && !/^\s*(#|Stack trace|thrown)/.test(line));

  return { url, dir, content, phpProblems, stop: cleanUp };
}
