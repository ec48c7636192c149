//! Bad option values are refused in the interface language: the value parsers' own reasons
//! and the run settings in the report headers come from `locales/ui/*/cli.ftl`.
mod common;

use common::{dejamos, dejamos_in_locale, fixture};

/// The usage error of `dejamos ARGS` in Mexican Spanish, checked to exit with status 2.
fn spanish_usage_error(args: &[&str]) -> String {
    let output = dejamos_in_locale(&[("LANG", "es_MX.UTF-8")]).args(args).output().expect("runs");
    assert_eq!(output.status.code(), Some(2), "{args:?}");
    String::from_utf8_lossy(&output.stderr).to_string()
}

#[test]
fn bad_values_are_refused_in_spanish() {
    let es = fixture("bilingual/lo-que-dejamos.es.srt");
    let en = fixture("bilingual/what-we-leave-behind.en.srt");
    let (es, en) = (es.to_str().expect("UTF-8 path"), en.to_str().expect("UTF-8 path"));
    let cases: [(&[&str], &str, &str); 7] = [
        (&["check", "--fps", "abc", es], "`abc` no es una velocidad de fotogramas", "is not a frame rate"),
        (&["check", "-j", "999999", es], "`999999` son demasiados hilos: usa como máximo", "too many"),
        (&["check", "-j", "muchos", es], "`muchos` no es un número de hilos", "thread count"),
        (&["--max-size", "12Q", "check", es], "`12Q` no es un tamaño", "is not a size"),
        (&["convert", "--encoding", "klingon", es], "codificación desconocida `klingon`", "unknown encoding"),
        (&["check", "--profile", "hbo", es], "perfil desconocido `hbo`: usa netflix", "unknown profile"),
        (&["pair", "--tolerance", "-2f", es, en], "`-2f` es negativo; indica una duración", "is negative"),
    ];
    for (args, spanish, english) in cases {
        let text = spanish_usage_error(args);
        assert!(text.contains(spanish), "{args:?}: {text}");
        assert!(!text.contains(english), "{args:?} left English: {text}");
    }
    let text = spanish_usage_error(&["--ui-lang", "x_?", "check", es]);
    assert!(text.contains("`x_?` no es una etiqueta de idioma"), "{text}");
}

/// The same values in English keep their English reasons.
#[test]
fn bad_values_are_refused_in_english_by_default() {
    let output = dejamos().args(["check", "--fps", "abc"]).arg(fixture("bilingual/lo-que-dejamos.es.srt")).output();
    let text = String::from_utf8_lossy(&output.expect("runs").stderr).to_string();
    assert!(
        text.contains("`abc` is not a frame rate: use 23.976, 24, 25, 29.97, 30 … or a fraction like 24000/1001"),
        "{text}"
    );
}

/// `pair`'s HTML report names its run settings in Spanish.
#[test]
fn pair_run_settings_are_spanish_in_the_html_report() {
    let output = dejamos_in_locale(&[("LANG", "es_MX.UTF-8")])
        .args(["pair", "--format", "html", "--fps", "23.976"])
        .arg(fixture("bilingual/lo-que-dejamos.es.srt"))
        .arg(fixture("bilingual/what-we-leave-behind.en.srt"))
        .output()
        .expect("runs");
    let html = String::from_utf8_lossy(&output.stdout);
    assert!(html.contains("<dt>Velocidad de fotogramas</dt><dd>23,976 fps</dd>"), "{html}");
    assert!(html.contains("<dt>Tolerancia</dt><dd>84 ms</dd>"), "{html}");
    assert!(!html.contains("<dt>Frame rate</dt>") && !html.contains("<dt>Tolerance</dt>"), "{html}");
}
