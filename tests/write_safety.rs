//! The write paths and the file system under attack (issue #23): backups, temporary files,
//! ownership, concurrent edits, signals, hostile outputs, folder walks and configuration
//! discovery, each through the real binary.
//!
//! Cases that need root (giving a file to another user) are skipped when not run as root.
#![cfg(unix)]

mod common;

use common::dejamos;
use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

const GOOD: &str = "1\n00:00:01,000 --> 00:00:02,000\n¿Adónde vas?\n\n2\n00:00:03,000 --> 00:00:04,000\nA El Paso.\n";
const SHIFTED: &str =
    "1\n00:00:02,000 --> 00:00:03,000\n¿Adónde vas?\n\n2\n00:00:04,000 --> 00:00:05,000\nA El Paso.\n";
/// Two cues that overlap: findings at error severity with the default rules.
const OVERLAP: &str = "1\n00:00:01,000 --> 00:00:03,000\nHola.\n\n2\n00:00:02,000 --> 00:00:04,000\nAdiós.\n";

fn is_root() -> bool {
    rustix::process::geteuid().is_root()
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).expect("metadata").permissions().mode() & 0o7777
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        fs::read_dir(dir).expect("list").flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

fn temps(dir: &Path) -> Vec<String> {
    names(dir).into_iter().filter(|n| n.starts_with(".dejamos-") && n.ends_with(".tmp")).collect()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_backup_never_follows_a_planted_symlink_nor_replaces_an_earlier_backup() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("film.srt");
    let victim = dir.path().join("victim.txt");
    fs::write(&input, GOOD).expect("write");
    fs::write(&victim, "precious").expect("write");
    std::os::unix::fs::symlink(&victim, dir.path().join("film.srt.bak")).expect("symlink");

    let out = dejamos().arg("retime").arg(&input).args(["--shift", "1s", "-i", "--backup"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(fs::read_to_string(&victim).expect("victim"), "precious", "the link's target is untouched");
    assert!(fs::symlink_metadata(dir.path().join("film.srt.bak")).expect("link").file_type().is_symlink());
    assert_eq!(fs::read_to_string(dir.path().join("film.srt.bak.1")).expect("backup"), GOOD);
    assert!(stderr(&out).contains("original kept as"), "{}", stderr(&out));

    // A second run keeps the first backup (the real original) and adds another.
    let out = dejamos().arg("retime").arg(&input).args(["--shift", "1s", "-i", "--backup"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(fs::read_to_string(dir.path().join("film.srt.bak.1")).expect("first backup"), GOOD);
    assert_eq!(fs::read_to_string(dir.path().join("film.srt.bak.2")).expect("second backup"), SHIFTED);
}

#[test]
fn backup_without_in_place_is_a_usage_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("film.srt");
    fs::write(&input, GOOD).expect("write");
    let out = dejamos().arg("retime").arg(&input).args(["--shift", "1s", "--backup"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(fs::read_to_string(&input).expect("input"), GOOD);
    assert_eq!(names(dir.path()), ["film.srt"]);
}

#[test]
fn a_private_file_stays_private_and_so_do_its_backup_and_temporary_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("film.srt");
    fs::write(&input, GOOD).expect("write");
    fs::set_permissions(&input, fs::Permissions::from_mode(0o600)).expect("chmod");
    let out = dejamos().arg("retime").arg(&input).args(["--shift", "1s", "-i", "--backup"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(mode(&input), 0o600);
    assert_eq!(mode(&dir.path().join("film.srt.bak")), 0o600);

    // A temporary file is created 0600 whatever the umask: kill -9 one mid-write and look.
    let out_dir = dir.path().join("out");
    fs::create_dir(&out_dir).expect("mkdir");
    let mut child = report_waiting_on_stdin(&out_dir.join("report.json"));
    wait_for_temp(&mut child, &out_dir);
    child.kill().expect("SIGKILL");
    let _ = child.wait();
    let left = temps(&out_dir);
    assert_eq!(left.len(), 1, "a SIGKILL leaves its temporary file: {left:?}");
    assert_eq!(mode(&out_dir.join(&left[0])), 0o600, "temporary files are private");
}

/// `check -o FILE -` with stdin held open: the report's temporary file exists while the run
/// waits for its input.
fn report_waiting_on_stdin(report: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_dejamos"))
        .args(["check", "--no-progress", "--format", "json", "-o"])
        .arg(report)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawns")
}

fn wait_for_temp(child: &mut Child, dir: &Path) {
    for _ in 0..60_000 {
        if !temps(dir).is_empty() {
            return;
        }
        assert!(child.try_wait().expect("wait").is_none(), "exited before writing");
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    let _ = child.kill();
    panic!("no temporary file appeared");
}

#[test]
fn sigquit_sigterm_and_sighup_remove_the_temporary_file_and_say_which_signal() {
    for (signal, code) in [("-QUIT", 131), ("-TERM", 143), ("-HUP", 129), ("-INT", 130)] {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut child = report_waiting_on_stdin(&dir.path().join("report.json"));
        wait_for_temp(&mut child, dir.path());
        let status = Command::new("kill").args([signal, &child.id().to_string()]).status().expect("kill runs");
        assert!(status.success());
        let status = child.wait().expect("waits");
        assert_eq!(status.code(), Some(code), "{signal}: {status:?}");
        assert_eq!(names(dir.path()), Vec::<String>::new(), "{signal}: nothing left behind");
    }
}

#[test]
fn stale_temporary_files_of_a_killed_run_are_removed_and_nothing_else() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("film.srt");
    fs::write(&input, GOOD).expect("write");
    let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(2 * 3600);
    let plant = |name: &str, old: bool| {
        let path = dir.path().join(name);
        let file = fs::File::create(&path).expect("plant");
        if old {
            file.set_modified(two_hours_ago).expect("mtime");
        }
        path
    };
    // Above any pid_max: the run that left it is gone.
    let stale = plant(".dejamos-999999999-1.tmp", true);
    let stale_old_style = plant(".dejamos-AbC123.tmp", true);
    let fresh = plant(".dejamos-999999998-1.tmp", false);
    let running = plant(&format!(".dejamos-{}-1.tmp", std::process::id()), true);
    let not_ours = plant(".other-999999999-1.tmp", true);
    let victim = plant("victim.srt", true);
    let link = dir.path().join(".dejamos-999999997-1.tmp");
    std::os::unix::fs::symlink(&victim, &link).expect("symlink");
    let foreign = plant(".dejamos-999999996-1.tmp", true);
    if is_root() {
        std::os::unix::fs::chown(&foreign, Some(1234), Some(5678)).expect("chown");
        let f = fs::File::options().write(true).open(&foreign).expect("open");
        f.set_modified(two_hours_ago).expect("mtime");
    }

    let out = dejamos().arg("retime").arg(&input).args(["--shift", "1s", "-i"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stale.exists() && !stale_old_style.exists(), "stale temporary files removed: {:?}", names(dir.path()));
    for kept in [&fresh, &running, &not_ours, &victim] {
        assert!(kept.exists(), "{} must stay", kept.display());
    }
    assert!(fs::symlink_metadata(&link).is_ok(), "a symlink is never ours");
    if is_root() {
        assert!(foreign.exists(), "another user's file stays");
    }
}

#[test]
fn an_in_place_rewrite_keeps_owner_group_mode_and_extended_attributes() {
    if !is_root() {
        eprintln!("skipped: giving a file to another user needs root");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("film.srt");
    fs::write(&input, GOOD).expect("write");
    std::os::unix::fs::chown(&input, Some(1234), Some(5678)).expect("chown");
    fs::set_permissions(&input, fs::Permissions::from_mode(0o4640)).expect("chmod");
    let xattrs = rustix::fs::setxattr(&input, "user.dejamos", b"editor: Ana", rustix::fs::XattrFlags::empty()).is_ok();

    let out = dejamos().arg("retime").arg(&input).args(["--shift", "1s", "-i", "--backup"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(fs::read_to_string(&input).expect("input"), SHIFTED);
    for path in [input.clone(), dir.path().join("film.srt.bak")] {
        let meta = fs::metadata(&path).expect("metadata");
        assert_eq!((meta.uid(), meta.gid()), (1234, 5678), "{}: owner and group kept", path.display());
        assert_eq!(mode(&path), 0o4640, "{}: the owner is kept, so is the mode", path.display());
        if xattrs {
            let mut value = [0u8; 64];
            let len = rustix::fs::getxattr(&path, "user.dejamos", &mut value[..]).expect("xattr copied");
            assert_eq!(&value[..len], b"editor: Ana", "{}", path.display());
        }
    }
}

#[test]
fn a_hard_linked_file_is_rewritten_as_a_new_file_with_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("film.srt");
    let other = dir.path().join("other-name.srt");
    fs::write(&input, GOOD).expect("write");
    fs::hard_link(&input, &other).expect("link");
    let out = dejamos().arg("retime").arg(&input).args(["--shift", "1s", "-i"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("has 1 other hard link elsewhere; they keep the old text"), "{}", stderr(&out));
    assert_eq!(fs::read_to_string(&input).expect("input"), SHIFTED);
    assert_eq!(fs::read_to_string(&other).expect("other"), GOOD);
}

#[test]
fn press_never_writes_over_its_own_inputs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let locales = dir.path().join("locales");
    copy_dir(&common::repo("locales"), &locales);
    let mut inputs = vec![locales.join("film.toml")];
    inputs.extend(fs::read_dir(locales.join("en-US")).expect("list").flatten().map(|e| e.path()));
    for input in inputs {
        let before = fs::read(&input).expect("input");
        let out = dejamos().arg("press").arg("--locales").arg(&locales).arg("-o").arg(&input).output().expect("runs");
        assert_eq!(out.status.code(), Some(2), "{}: {}", input.display(), stderr(&out));
        assert!(stderr(&out).contains("is one of this run's inputs"), "{}", stderr(&out));
        assert_eq!(fs::read(&input).expect("input"), before, "{} untouched", input.display());
    }
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("list").flatten() {
        let path = entry.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()));
        } else {
            fs::copy(&path, to.join(entry.file_name())).expect("copy");
        }
    }
}

#[test]
fn one_bad_entry_does_not_stop_a_folder_check() {
    let dir = tempfile::tempdir().expect("temp dir");
    let subs = dir.path().join("subs");
    fs::create_dir_all(subs.join("deep")).expect("mkdir");
    fs::write(subs.join("good.srt"), OVERLAP).expect("write");
    fs::write(subs.join("deep/also.srt"), GOOD).expect("write");
    std::os::unix::fs::symlink("missing.srt", subs.join("dangling.srt")).expect("dangling");
    std::os::unix::fs::symlink("loop.srt", subs.join("loop.srt")).expect("self loop");
    std::os::unix::fs::symlink("..", subs.join("deep/up")).expect("folder loop");
    let out = dejamos().arg("check").arg("--format").arg("concise").arg(&subs).output().expect("runs");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "unreadable entries still give exit 2: {err}");
    assert!(err.contains("dangling.srt: is a symlink to a missing file"), "{err}");
    assert!(err.contains("loop.srt"), "{err}");
    assert!(!err.contains("No file could be checked"), "{err}");
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains("good.srt"), "the good file is still checked: {report}");
}

#[test]
fn check_fix_on_a_folder_never_rewrites_files_outside_it_through_a_symlink() {
    let dir = tempfile::tempdir().expect("temp dir");
    let subs = dir.path().join("subs");
    let elsewhere = dir.path().join("elsewhere");
    fs::create_dir_all(&subs).expect("mkdir");
    fs::create_dir_all(&elsewhere).expect("mkdir");
    // Trailing spaces: a safe fix `check --fix` applies.
    let fixable = "1\n00:00:01,000 --> 00:00:02,000\nHola.   \n";
    fs::write(subs.join("inside.srt"), fixable).expect("write");
    fs::write(elsewhere.join("outside.srt"), fixable).expect("write");
    fs::write(elsewhere.join("linked.srt"), fixable).expect("write");
    std::os::unix::fs::symlink(&elsewhere, subs.join("linked-folder")).expect("symlink");
    std::os::unix::fs::symlink(elsewhere.join("linked.srt"), subs.join("linked.srt")).expect("symlink");
    let out = dejamos().arg("check").arg("--fix").arg(&subs).output().expect("runs");
    assert_ne!(fs::read_to_string(subs.join("inside.srt")).expect("inside"), fixable, "{}", stderr(&out));
    assert_eq!(fs::read_to_string(elsewhere.join("outside.srt")).expect("outside"), fixable);
    assert_eq!(fs::read_to_string(elsewhere.join("linked.srt")).expect("linked"), fixable);
    assert!(stderr(&out).contains("linked.srt: skipped: the symlink leads out of"), "{}", stderr(&out));
}

/// Run `check --format concise` on `file` with `HOME` set.
fn check_with_home(file: &Path, home: &Path) -> std::process::Output {
    dejamos().arg("check").args(["--format", "concise"]).arg(file).env("HOME", home).output().expect("runs")
}

#[test]
fn configuration_discovery_stops_at_the_repository_root_and_home_and_trusts_no_stranger() {
    let dir = tempfile::tempdir().expect("temp dir");
    let off = "ignore = [\"all\"]\n";
    // Above a repository: not used.
    let repo = dir.path().join("shared/project");
    fs::create_dir_all(repo.join(".git")).expect("mkdir");
    fs::create_dir_all(repo.join("subs")).expect("mkdir");
    fs::write(dir.path().join("shared/dejamos.toml"), off).expect("write");
    let file = repo.join("subs/film.srt");
    fs::write(&file, OVERLAP).expect("write");
    let home = dir.path().join("elsewhere");
    let out = check_with_home(&file, &home);
    assert_eq!(out.status.code(), Some(1), "the rules still run: {}", stderr(&out));

    // Above $HOME: not used.
    let home = dir.path().join("home/ana");
    fs::create_dir_all(home.join("subs")).expect("mkdir");
    fs::write(dir.path().join("home/dejamos.toml"), off).expect("write");
    let file = home.join("subs/film.srt");
    fs::write(&file, OVERLAP).expect("write");
    let out = check_with_home(&file, &home);
    assert_eq!(out.status.code(), Some(1), "the rules still run: {}", stderr(&out));

    // In $HOME itself, owned by the user: used.
    fs::write(home.join("dejamos.toml"), off).expect("write");
    let out = check_with_home(&file, &home);
    assert_eq!(out.status.code(), Some(0), "the user's own file applies: {}", stderr(&out));
    // Every report format names the configuration that applied (CSV has a fixed set of columns;
    // HTML lists it among each file's facts).
    for format in ["human", "concise", "json", "sarif", "junit", "github", "html"] {
        let out =
            dejamos().arg("check").args(["--format", format]).arg(&file).env("HOME", &home).output().expect("runs");
        let report = String::from_utf8_lossy(&out.stdout);
        let config = home.join("dejamos.toml").display().to_string();
        assert!(report.contains(&config), "{format} must name {config}:\n{report}");
    }

    if is_root() {
        // Owned by someone else: ignored, and said so.
        std::os::unix::fs::chown(home.join("dejamos.toml"), Some(1234), Some(1234)).expect("chown");
        let out = check_with_home(&file, &home);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(stderr(&out).contains("dejamos.toml: ignored: owned by another user"), "{}", stderr(&out));
    }
}

#[test]
fn an_output_at_a_dangling_symlink_is_refused_and_the_link_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("film.srt");
    fs::write(&input, GOOD).expect("write");
    let link = dir.path().join("out.srt");
    let target = dir.path().join("nowhere/planted.srt");
    std::os::unix::fs::symlink(&target, &link).expect("symlink");
    let out = dejamos().arg("retime").arg(&input).args(["--shift", "1s", "-o"]).arg(&link).output().expect("runs");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("is a symlink to a missing file"), "{}", stderr(&out));
    assert!(fs::symlink_metadata(&link).expect("link").file_type().is_symlink(), "the link stays");
    assert!(!target.exists());
    assert_eq!(names(dir.path()), ["film.srt", "out.srt"]);
}

#[test]
fn an_output_at_a_pipe_without_reader_fails_instead_of_waiting_forever() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("film.srt");
    fs::write(&input, GOOD).expect("write");
    let fifo = dir.path().join("fifo");
    assert!(Command::new("mkfifo").arg(&fifo).status().expect("mkfifo").success());
    let mut child = Command::new(env!("CARGO_BIN_EXE_dejamos"))
        .arg("retime")
        .arg(&input)
        .args(["--shift", "1s", "-o"])
        .arg(&fifo)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    // Not a timing assertion: a generous bound, so that a hang fails instead of blocking the suite.
    let mut status = None;
    for _ in 0..60_000 {
        status = child.try_wait().expect("wait");
        if status.is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    if status.is_none() {
        let _ = child.kill();
        panic!("dejamos waited for a reader that never came");
    }
    let out = child.wait_with_output().expect("output");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is a pipe with no reader"), "{}", stderr(&out));
}

#[test]
fn an_output_at_a_pipe_with_a_reader_is_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("film.srt");
    fs::write(&input, GOOD).expect("write");
    let fifo: PathBuf = dir.path().join("fifo");
    assert!(Command::new("mkfifo").arg(&fifo).status().expect("mkfifo").success());
    let reader = Command::new("cat").arg(&fifo).stdout(Stdio::piped()).spawn().expect("cat");
    // dejamos may open the pipe before cat does; it then waits (no reader yet is retried below).
    let mut out = None;
    for _ in 0..1000 {
        let run = dejamos().arg("retime").arg(&input).args(["--shift", "1s", "-o"]).arg(&fifo).output().expect("runs");
        if run.status.code() == Some(0) {
            out = Some(run);
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(out.is_some(), "never written");
    let read = reader.wait_with_output().expect("cat");
    assert_eq!(String::from_utf8_lossy(&read.stdout), SHIFTED);
}

#[test]
fn a_rewrite_that_cannot_keep_the_owner_drops_setuid_and_setgid() {
    if !is_root() || Command::new("setpriv").arg("--version").output().is_err() {
        eprintln!("skipped: needs root and setpriv to run as another user");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o777)).expect("chmod");
    let input = dir.path().join("film.srt");
    fs::write(&input, GOOD).expect("write");
    std::os::unix::fs::chown(&input, Some(4321), Some(4321)).expect("chown");
    fs::set_permissions(&input, fs::Permissions::from_mode(0o6666)).expect("chmod");
    // As user 1234, who may write the file but cannot give the rewrite to user 4321.
    let out = Command::new("setpriv")
        .args(["--reuid=1234", "--regid=1234", "--clear-groups", env!("CARGO_BIN_EXE_dejamos"), "retime"])
        .arg(&input)
        .args(["--shift", "1s", "-i"])
        .env("HOME", dir.path())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(fs::read_to_string(&input).expect("input"), SHIFTED);
    let meta = fs::metadata(&input).expect("metadata");
    assert_eq!((meta.uid(), meta.gid()), (1234, 1234), "the owner could not be kept");
    assert_eq!(mode(&input), 0o666, "setuid and setgid dropped, the rest of the mode kept");
}
