#!/usr/bin/env bash
# Starts and stops THROWAWAY PostgreSQL and MariaDB servers for the tests.
#
#   scripts/dbservers.sh start DIR   # fresh clusters in DIR/pg and DIR/mariadb, writes DIR/env.sh
#   scripts/dbservers.sh stop DIR    # stops both; safe to repeat, or after a failed start
#
# Both servers listen on 127.0.0.1 only, at free ports probed from 55432 (PostgreSQL) and
# 53306 (MariaDB) upward, with their unix sockets inside DIR. The system's own clusters
# are never touched. As root, PostgreSQL runs as the `postgres` system user and MariaDB
# as the `mysql` system user (PostgreSQL refuses to run as root); otherwise both run as
# the current user. Passwords are random and written only to DIR/env.sh (mode 0600):
#
#   CDRDESK_TEST_PG=postgresql://cdrdesk@127.0.0.1:PORT/cdrdesk_test
#   CDRDESK_TEST_PG_PASSWORD=...
#   CDRDESK_TEST_PG_RO_USER=cdrdesk_ro        (may log in; reads only what it is granted)
#   CDRDESK_TEST_PG_RO_PASSWORD=...
#   CDRDESK_TEST_MYSQL=mysql://cdrdesk@127.0.0.1:PORT/cdrdesk_test
#   CDRDESK_TEST_MYSQL_PASSWORD=...
#   CDRDESK_TEST_MYSQL_RO_USER=cdrdesk_ro     (SELECT on cdrdesk_test* only)
#   CDRDESK_TEST_MYSQL_RO_PASSWORD=...
#
# Environment: PG_BINDIR overrides where initdb/pg_ctl are looked for;
# DBSERVERS_TIMEOUT (seconds, default 60) bounds each wait for a server.
set -euo pipefail

TIMEOUT=${DBSERVERS_TIMEOUT:-60}
ROOT=0
[ "$(id -u)" -eq 0 ] && ROOT=1

die() { echo "dbservers: $*" >&2; exit 1; }
log() { echo "dbservers: $*" >&2; }

usage() {
  echo "usage: $0 start|stop DIR" >&2
  exit 2
}

# A random hex string: safe inside SQL literals, URLs and shell without quoting.
gen_password() { od -An -tx1 -N16 /dev/urandom | tr -d ' \n'; }

# True when nothing accepts TCP connections on 127.0.0.1:$1.
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Prints the first free port from $1 upward that is not $2 (the one just tried).
free_port() {
  local p=$1 skip=${2:-}
  local last=$((p + 500))
  while [ "$p" -le "$last" ]; do
    if [ "$p" != "$skip" ] && port_free "$p"; then
      echo "$p"
      return 0
    fi
    p=$((p + 1))
  done
  return 1
}

# Runs a command as user $1 (as root: through runuser; otherwise: directly, must be us).
as_user() {
  local u=$1
  shift
  if [ "$ROOT" -eq 1 ] && [ "$u" != root ]; then
    (cd / && runuser -u "$u" -- "$@")
  else
    "$@"
  fi
}

# Is $1 a live process whose command name starts with $2?
pid_is() {
  local pid=$1 name=$2 comm
  [ -n "$pid" ] && [ "$pid" -gt 0 ] 2>/dev/null || return 1
  comm=$(cat "/proc/$pid/comm" 2>/dev/null) || return 1
  [[ "$comm" == "$name"* ]]
}

# Sends SIGTERM, waits up to $3 seconds, then SIGKILL.
term_wait() {
  local pid=$1 name=$2 secs=$3 i
  pid_is "$pid" "$name" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < secs * 10; i++)); do
    pid_is "$pid" "$name" || return 0
    sleep 0.1
  done
  log "$name (pid $pid) did not stop in ${secs}s; killing it"
  kill -KILL "$pid" 2>/dev/null || true
  sleep 0.2
}

tail_log() {
  local f=$1
  if [ -f "$f" ]; then
    echo "---- last lines of $f ----" >&2
    tail -n 25 "$f" >&2 || true
    echo "----" >&2
  else
    echo "(no log at $f)" >&2
  fi
}

# ----------------------------------------------------------------------------- PostgreSQL

find_pg_bindir() {
  local d best=""
  if [ -n "${PG_BINDIR:-}" ]; then
    [ -x "$PG_BINDIR/initdb" ] || die "PG_BINDIR=$PG_BINDIR has no initdb"
    echo "$PG_BINDIR"
    return
  fi
  # The newest installed server version (sorted numerically).
  for d in $(printf "%s\n" /usr/lib/postgresql/*/bin | sort -V); do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && best=$d
  done
  if [ -z "$best" ] && command -v pg_config >/dev/null 2>&1; then
    d=$(pg_config --bindir 2>/dev/null || true)
    [ -n "$d" ] && [ -x "$d/initdb" ] && best=$d
  fi
  if [ -z "$best" ] && command -v initdb >/dev/null 2>&1; then
    best=$(dirname "$(command -v initdb)")
  fi
  [ -n "$best" ] || die "no PostgreSQL server binaries found (initdb); run scripts/install-deps.sh"
  echo "$best"
}

pg_start() {
  local dir=$1 bindir pguser port attempt pw ro_pw
  bindir=$(find_pg_bindir)
  local base=$dir/pg data=$dir/pg/data sock=$dir/pg/sock logf=$dir/pg/server.log
  mkdir -p "$base" "$sock"
  chmod 700 "$base" "$sock"
  if [ "$ROOT" -eq 1 ]; then
    pguser=postgres
    id -u "$pguser" >/dev/null 2>&1 || die "PostgreSQL: system user 'postgres' is missing (is the postgresql package installed?)"
    chown -R "$pguser": "$base"
    as_user "$pguser" test -w "$base" ||
      die "PostgreSQL: user 'postgres' cannot reach $base (a parent directory is not searchable)"
  else
    pguser=$(id -un)
  fi
  echo "$pguser" >"$dir/pg.user"

  log "PostgreSQL: initdb in $data ($bindir)"
  if ! as_user "$pguser" "$bindir/initdb" -D "$data" -U postgres --auth-local=trust \
      --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 --no-sync \
      >"$base/initdb.log" 2>&1; then
    echo "dbservers: PostgreSQL: initdb failed" >&2
    tail_log "$base/initdb.log"
    exit 1
  fi

  local q_sock=${sock//\'/\'\'}
  as_user "$pguser" tee -a "$data/postgresql.conf" >/dev/null <<EOF

# ---- throwaway test cluster (scripts/dbservers.sh)
listen_addresses = '127.0.0.1'
unix_socket_directories = '$q_sock'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
logging_collector = off
EOF
  # Loopback TCP needs the password; the unix socket (in a directory only the server's
  # user can enter) is trusted, for the bootstrap below.
  as_user "$pguser" tee "$data/pg_hba.conf" >/dev/null <<'EOF'
# throwaway test cluster (scripts/dbservers.sh)
local all all                trust
host  all all 127.0.0.1/32   scram-sha-256
EOF

  port=""
  for attempt in 1 2 3 4 5; do
    port=$(free_port "${port:-55432}" "$port") || die "PostgreSQL: no free port from 55432 upward"
    log "PostgreSQL: starting on 127.0.0.1:$port"
    if as_user "$pguser" "$bindir/pg_ctl" start -D "$data" -l "$logf" -w -t "$TIMEOUT" \
        -o "-p $port" >/dev/null 2>&1; then
      break
    fi
    if grep -qiE 'could not (bind|create listen)|address already in use' "$logf" 2>/dev/null &&
       [ "$attempt" -lt 5 ]; then
      log "PostgreSQL: port $port was taken meanwhile; trying another"
      continue
    fi
    echo "dbservers: PostgreSQL failed to start (port $port)" >&2
    tail_log "$logf"
    exit 1
  done
  echo "$port" >"$dir/pg.port"

  local i ok=0
  for ((i = 0; i < TIMEOUT * 5; i++)); do
    if "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -t 2; then ok=1; break; fi
    sleep 0.2
  done
  if [ "$ok" -ne 1 ]; then
    echo "dbservers: PostgreSQL did not accept connections on 127.0.0.1:$port within ${TIMEOUT}s" >&2
    tail_log "$logf"
    exit 1
  fi

  pw=$(gen_password)
  ro_pw=$(gen_password)
  # The password goes through stdin, never onto a command line.
  if ! as_user "$pguser" "$bindir/psql" -X -q -h "$sock" -p "$port" -U postgres -d postgres \
      -v ON_ERROR_STOP=1 >"$base/setup.log" 2>&1 <<EOF
CREATE ROLE cdrdesk LOGIN CREATEDB PASSWORD '$pw';
CREATE DATABASE cdrdesk_test OWNER cdrdesk ENCODING 'UTF8' TEMPLATE template0;
CREATE ROLE cdrdesk_ro LOGIN PASSWORD '$ro_pw';
EOF
  then
    echo "dbservers: PostgreSQL: creating role/database failed" >&2
    tail_log "$base/setup.log"
    exit 1
  fi
  PG_PORT=$port
  PG_PASSWORD=$pw
  PG_RO_PASSWORD=$ro_pw
}

pg_stop() {
  local dir=$1 data=$1/pg/data pguser bindir pid
  [ -f "$data/postmaster.pid" ] || return 0
  pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)
  pguser=$(cat "$dir/pg.user" 2>/dev/null || stat -c %U "$data")
  if pid_is "$pid" postgres; then
    bindir=$(find_pg_bindir 2>/dev/null || true)
    if [ -n "$bindir" ]; then
      log "PostgreSQL: stopping (pid $pid)"
      as_user "$pguser" "$bindir/pg_ctl" stop -D "$data" -m fast -w -t 30 >/dev/null 2>&1 || true
    fi
    term_wait "$pid" postgres 15
  fi
  rm -f "$data/postmaster.pid"
}

# -------------------------------------------------------------------------------- MariaDB

find_mariadbd() {
  local c
  for c in mariadbd mysqld /usr/sbin/mariadbd /usr/sbin/mysqld; do
    if command -v "$c" >/dev/null 2>&1; then command -v "$c"; return; fi
  done
  die "MariaDB: no mariadbd/mysqld found; run scripts/install-deps.sh"
}

find_client() { # $1 = preferred name, $2 = old name
  if command -v "$1" >/dev/null 2>&1; then command -v "$1"
  elif command -v "$2" >/dev/null 2>&1; then command -v "$2"
  else die "MariaDB: no $1 client found; run scripts/install-deps.sh"; fi
}

my_start() {
  local dir=$1 mariadbd admin client installdb myuser port attempt pw ro_pw root_pw pid
  mariadbd=$(find_mariadbd)
  admin=$(find_client mariadb-admin mysqladmin)
  client=$(find_client mariadb mysql)
  installdb=$(find_client mariadb-install-db mysql_install_db)
  local base=$dir/mariadb data=$dir/mariadb/data sock=$dir/mariadb/mysqld.sock
  local logf=$dir/mariadb/server.log pidf=$dir/mariadb/mariadbd.pid cnf=$dir/mariadb/admin.cnf
  mkdir -p "$base" "$base/tmp"
  chmod 700 "$base"
  local userarg=()
  if [ "$ROOT" -eq 1 ]; then
    if id -u mysql >/dev/null 2>&1; then
      myuser=mysql
      chown -R mysql: "$base"
      as_user mysql test -w "$base" ||
        die "MariaDB: user 'mysql' cannot reach $base (a parent directory is not searchable)"
    else
      myuser=root
    fi
    userarg=(--user="$myuser")
  else
    myuser=$(id -un)
  fi
  [ ${#sock} -lt 100 ] || die "MariaDB: socket path too long for a unix socket: $sock (use a shorter DIR)"

  log "MariaDB: mariadb-install-db in $data"
  if ! "$installdb" --no-defaults --datadir="$data" "${userarg[@]}" \
      --auth-root-authentication-method=normal --skip-test-db --skip-name-resolve \
      >"$base/install-db.log" 2>&1; then
    echo "dbservers: MariaDB: mariadb-install-db failed" >&2
    tail_log "$base/install-db.log"
    exit 1
  fi

  port=""
  for attempt in 1 2 3 4 5; do
    port=$(free_port "${port:-53306}" "$port") || die "MariaDB: no free port from 53306 upward"
    log "MariaDB: starting on 127.0.0.1:$port"
    : >"$logf"
    [ "$ROOT" -eq 1 ] && chown "$myuser": "$logf"
    # setsid: a Ctrl-C in the calling terminal must not hit the server before `stop` does.
    setsid "$mariadbd" --no-defaults "${userarg[@]}" \
      --datadir="$data" --socket="$sock" --pid-file="$pidf" --log-error="$logf" \
      --tmpdir="$base/tmp" --port="$port" --bind-address=127.0.0.1 --skip-name-resolve \
      --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
      --innodb-buffer-pool-size=128M --innodb-log-file-size=48M \
      --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 --sync-binlog=0 \
      --max-connections=100 \
      </dev/null >>"$base/stdout.log" 2>&1 &
    pid=$!
    MY_LAUNCHED_PID=$pid
    echo "$pid" >"$dir/mariadb.launcher.pid"

    local i up=0
    for ((i = 0; i < TIMEOUT * 5; i++)); do
      if ! kill -0 "$pid" 2>/dev/null; then break; fi
      if "$admin" --no-defaults --protocol=socket --socket="$sock" -u root \
          --connect-timeout=2 ping >/dev/null 2>&1; then up=1; break; fi
      sleep 0.2
    done
    [ "$up" -eq 1 ] && break
    if ! kill -0 "$pid" 2>/dev/null && grep -qiE "address already in use|do you already have another" "$logf" &&
       [ "$attempt" -lt 5 ]; then
      log "MariaDB: port $port was taken meanwhile; trying another"
      continue
    fi
    if kill -0 "$pid" 2>/dev/null; then
      echo "dbservers: MariaDB did not accept connections on 127.0.0.1:$port within ${TIMEOUT}s" >&2
    else
      echo "dbservers: MariaDB failed to start (port $port)" >&2
    fi
    tail_log "$logf"
    [ -s "$base/stdout.log" ] && tail_log "$base/stdout.log"
    exit 1
  done
  echo "$port" >"$dir/mariadb.port"

  pw=$(gen_password)
  ro_pw=$(gen_password)
  root_pw=$(gen_password)
  # Admin credentials for `stop`, readable only by us; passwords never go on a command line.
  (umask 077; printf '[client]\nuser=root\npassword=%s\nsocket=%s\nprotocol=socket\n' \
    "$root_pw" "$sock" >"$cnf")
  if ! "$client" --no-defaults --protocol=socket --socket="$sock" -u root \
      >"$base/setup.log" 2>&1 <<EOF
CREATE DATABASE cdrdesk_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'cdrdesk'@'127.0.0.1' IDENTIFIED BY '$pw';
CREATE USER 'cdrdesk'@'localhost' IDENTIFIED BY '$pw';
GRANT ALL PRIVILEGES ON \`cdrdesk\\_test%\`.* TO 'cdrdesk'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`cdrdesk\\_test%\`.* TO 'cdrdesk'@'localhost';
CREATE USER 'cdrdesk_ro'@'127.0.0.1' IDENTIFIED BY '$ro_pw';
CREATE USER 'cdrdesk_ro'@'localhost' IDENTIFIED BY '$ro_pw';
GRANT SELECT ON \`cdrdesk\\_test%\`.* TO 'cdrdesk_ro'@'127.0.0.1';
GRANT SELECT ON \`cdrdesk\\_test%\`.* TO 'cdrdesk_ro'@'localhost';
-- No password-less accounts may remain: no anonymous users, root only on localhost
-- (the socket inside DIR) and with a password.
DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host <> 'localhost');
FLUSH PRIVILEGES;
ALTER USER 'root'@'localhost' IDENTIFIED BY '$root_pw';
FLUSH PRIVILEGES;
EOF
  then
    echo "dbservers: MariaDB: creating users/database failed" >&2
    tail_log "$base/setup.log"
    exit 1
  fi
  MY_PORT=$port
  MY_PASSWORD=$pw
  MY_RO_PASSWORD=$ro_pw
}

my_stop() {
  local dir=$1 base=$1/mariadb pid lpid admin
  [ -d "$base" ] || return 0
  pid=$(cat "$base/mariadbd.pid" 2>/dev/null || true)
  lpid=$(cat "$dir/mariadb.launcher.pid" 2>/dev/null || true)
  if pid_is "$pid" mariadbd || pid_is "$pid" mysqld || pid_is "$lpid" mariadbd || pid_is "$lpid" mysqld; then
    log "MariaDB: stopping"
    admin=$(command -v mariadb-admin || command -v mysqladmin || true)
    if [ -n "$admin" ] && [ -f "$base/admin.cnf" ]; then
      "$admin" --defaults-file="$base/admin.cnf" --connect-timeout=5 shutdown >/dev/null 2>&1 || true
    fi
    local p
    for p in $pid $lpid; do
      if pid_is "$p" mariadbd; then term_wait "$p" mariadbd 30; fi
      if pid_is "$p" mysqld; then term_wait "$p" mysqld 30; fi
    done
  fi
  rm -f "$base/mariadbd.pid" "$dir/mariadb.launcher.pid"
}

cleanup_failed_start() {
  log "start failed; stopping what was started"
  my_stop "$DIR" || true
  # The server process this run launched, whatever it turned into (our own child).
  if [ -n "${MY_LAUNCHED_PID:-}" ] && kill -0 "$MY_LAUNCHED_PID" 2>/dev/null; then
    term_wait "$MY_LAUNCHED_PID" "" 15
  fi
  pg_stop "$DIR" || true
}

servers_running() {
  local dir=$1 p
  p=$(head -n 1 "$dir/pg/data/postmaster.pid" 2>/dev/null || true)
  pid_is "$p" postgres && return 0
  for p in $(cat "$dir/mariadb/mariadbd.pid" "$dir/mariadb.launcher.pid" 2>/dev/null || true); do
    pid_is "$p" mariadbd && return 0
    pid_is "$p" mysqld && return 0
  done
  return 1
}

# ----------------------------------------------------------------------------------- main

[ $# -eq 2 ] || usage
cmd=$1
DIR=$2
[ -n "$DIR" ] || usage

case "$cmd" in
  start)
    mkdir -p "$DIR"
    DIR=$(cd "$DIR" && pwd -P)
    if servers_running "$DIR"; then
      die "servers from $DIR are still running; run '$0 stop $DIR' first"
    fi
    # Left-overs of an earlier, stopped run in the same DIR: start afresh.
    rm -rf "$DIR/pg" "$DIR/mariadb" "$DIR/env.sh" "$DIR/pg.user" "$DIR/pg.port" \
      "$DIR/mariadb.port" "$DIR/mariadb.launcher.pid"
    # The server users must be able to enter DIR (mktemp -d makes it 0700).
    [ "$ROOT" -eq 1 ] && chmod 755 "$DIR"
    # Whatever fails below, leave nothing running.
    trap 'rc=$?; if [ $rc -ne 0 ]; then cleanup_failed_start; fi' EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    PG_PORT="" PG_PASSWORD="" PG_RO_PASSWORD="" MY_PORT="" MY_PASSWORD="" MY_RO_PASSWORD="" MY_LAUNCHED_PID=""
    pg_start "$DIR"
    my_start "$DIR"
    (
      umask 077
      {
        echo "# Throwaway test servers started by scripts/dbservers.sh; stop with: scripts/dbservers.sh stop $(printf '%q' "$DIR")"
        printf 'export CDRDESK_TEST_PG=%q\n' "postgresql://cdrdesk@127.0.0.1:$PG_PORT/cdrdesk_test"
        printf 'export CDRDESK_TEST_PG_PASSWORD=%q\n' "$PG_PASSWORD"
        printf 'export CDRDESK_TEST_PG_RO_USER=%q\n' "cdrdesk_ro"
        printf 'export CDRDESK_TEST_PG_RO_PASSWORD=%q\n' "$PG_RO_PASSWORD"
        printf 'export CDRDESK_TEST_MYSQL=%q\n' "mysql://cdrdesk@127.0.0.1:$MY_PORT/cdrdesk_test"
        printf 'export CDRDESK_TEST_MYSQL_PASSWORD=%q\n' "$MY_PASSWORD"
        printf 'export CDRDESK_TEST_MYSQL_RO_USER=%q\n' "cdrdesk_ro"
        printf 'export CDRDESK_TEST_MYSQL_RO_PASSWORD=%q\n' "$MY_RO_PASSWORD"
      } >"$DIR/env.sh"
    )
    trap - EXIT INT TERM
    log "PostgreSQL on 127.0.0.1:$PG_PORT, MariaDB on 127.0.0.1:$MY_PORT; settings in $DIR/env.sh"
    ;;
  stop)
    [ -d "$DIR" ] || exit 0
    DIR=$(cd "$DIR" && pwd -P)
    rc=0
    my_stop "$DIR" || rc=1
    pg_stop "$DIR" || rc=1
    exit $rc
    ;;
  *)
    usage
    ;;
esac
