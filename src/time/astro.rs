//! Enough astronomy for lunisolar holidays: the longitudes of the Sun and
//! the Moon (abridged series from Meeus, *Astronomical Algorithms*, 2nd
//! ed., chapters 25 and 47; accurate to a few hundredths of a degree,
//! i.e. to minutes of time), new moons and the Sun's entry into a
//! sidereal sign (sankranti). The lunar day (tithi) is 12 degrees of the
//! Moon's elongation from the Sun.
//!
//! Times are Julian days (UT; ΔT is ignored, about a minute).

use crate::time::Date;

/// The Julian day of midnight (UT) starting `d`.
pub(crate) fn jd_of(d: Date) -> f64 {
    // 2000-01-01T00:00 UT is JD 2451544.5
    Date::new(2000, 1, 1).map_or(2_451_544.5, |e| 2_451_544.5 + e.days_until(d) as f64)
}

/// The date (in a zone `offset_hours` east of UT) of Julian day `jd`.
pub(crate) fn date_of_jd(jd: f64, offset_hours: f64) -> Option<Date> {
    let local = jd + offset_hours / 24.0;
    let days = (local - 2_451_544.5).floor();
    if !days.is_finite() || days.abs() > 3.0e6 {
        return None;
    }
    Date::new(2000, 1, 1).map(|e| e.add_days(days as i64))
}

fn norm(x: f64) -> f64 {
    x.rem_euclid(360.0)
}

fn sin_d(x: f64) -> f64 {
    x.to_radians().sin()
}

/// The Sun's geometric longitude (tropical, degrees).
pub(crate) fn sun_longitude(jd: f64) -> f64 {
    let t = (jd - 2_451_545.0) / 36_525.0;
    let l0 = 280.46646 + 36_000.769_83 * t + 0.000_303_2 * t * t;
    let m = 357.52911 + 35_999.050_29 * t - 0.000_153_7 * t * t;
    let c = (1.914_602 - 0.004_817 * t - 0.000_014 * t * t) * sin_d(m)
        + (0.019_993 - 0.000_101 * t) * sin_d(2.0 * m)
        + 0.000_289 * sin_d(3.0 * m);
    norm(l0 + c)
}

/// The main periodic terms of the Moon's longitude: multiples of D, M,
/// M', F and the coefficient in millionths of a degree.
const MOON_TERMS: &[(i8, i8, i8, i8, i32)] = &[
    (0, 0, 1, 0, 6_288_774),
    (2, 0, -1, 0, 1_274_027),
    (2, 0, 0, 0, 658_314),
    (0, 0, 2, 0, 213_618),
    (0, 1, 0, 0, -185_116),
    (0, 0, 0, 2, -114_332),
    (2, 0, -2, 0, 58_793),
    (2, -1, -1, 0, 57_066),
    (2, 0, 1, 0, 53_322),
    (2, -1, 0, 0, 45_758),
    (0, 1, -1, 0, -40_923),
    (1, 0, 0, 0, -34_720),
    (0, 1, 1, 0, -30_383),
    (2, 0, 0, -2, 15_327),
    (0, 0, 1, 2, -12_528),
    (0, 0, 1, -2, 10_980),
    (4, 0, -1, 0, 10_675),
    (0, 0, 3, 0, 10_034),
    (4, 0, -2, 0, 8_548),
    (2, 1, -1, 0, -7_888),
    (2, 1, 0, 0, -6_766),
    (1, 0, -1, 0, -5_163),
    (1, 1, 0, 0, 4_987),
    (2, -1, 1, 0, 4_036),
    (2, 0, 2, 0, 3_994),
    (4, 0, 0, 0, 3_861),
    (2, 0, -3, 0, 3_665),
    (0, 1, -2, 0, -2_689),
    (2, 0, -1, 2, -2_602),
    (2, -1, -2, 0, 2_390),
    (1, 0, 1, 0, -2_348),
    (2, -2, 0, 0, 2_236),
    (0, 1, 2, 0, -2_120),
    (0, 2, 0, 0, -2_069),
    (2, -2, -1, 0, 2_048),
    (2, 0, 1, -2, -1_773),
    (2, 0, 0, 2, -1_595),
    (4, -1, -1, 0, 1_215),
    (0, 0, 2, 2, -1_110),
    (3, 0, -1, 0, -892),
    (2, 1, 1, 0, -810),
    (4, -1, -2, 0, 759),
    (0, 2, -1, 0, -713),
    (2, 2, -1, 0, -700),
    (2, 1, -2, 0, 691),
    (2, -1, 0, -2, 596),
    (4, 0, 1, 0, 549),
    (0, 0, 4, 0, 537),
    (4, -1, 0, 0, 520),
    (1, 0, -2, 0, -487),
];

/// The Moon's geometric longitude (tropical, degrees).
pub(crate) fn moon_longitude(jd: f64) -> f64 {
    let t = (jd - 2_451_545.0) / 36_525.0;
    let t2 = t * t;
    let t3 = t2 * t;
    let lp = 218.316_447_7 + 481_267.881_234_21 * t - 0.001_578_6 * t2 + t3 / 538_841.0;
    let d = 297.850_192_1 + 445_267.111_403_4 * t - 0.001_881_9 * t2 + t3 / 545_868.0;
    let m = 357.529_109_2 + 35_999.050_290_9 * t - 0.000_153_6 * t2;
    let mp = 134.963_396_4 + 477_198.867_505_5 * t + 0.008_741_4 * t2 + t3 / 69_699.0;
    let f = 93.272_095 + 483_202.017_523_3 * t - 0.003_653_9 * t2;
    let e = 1.0 - 0.002_516 * t - 0.000_007_4 * t2;
    let a1 = 119.75 + 131.849 * t;
    let a2 = 53.09 + 479_264.29 * t;
    let mut sum = 0.0;
    for &(cd, cm, cmp, cf, coef) in MOON_TERMS {
        let arg = f64::from(cd) * d + f64::from(cm) * m + f64::from(cmp) * mp + f64::from(cf) * f;
        let mut c = f64::from(coef);
        match cm.unsigned_abs() {
            1 => c *= e,
            2 => c *= e * e,
            _ => {}
        }
        sum += c * sin_d(arg);
    }
    sum += 3958.0 * sin_d(a1) + 1962.0 * sin_d(lp - f) + 318.0 * sin_d(a2);
    norm(lp + sum / 1_000_000.0)
}

/// The Moon's elongation from the Sun, 0–360 degrees.
pub(crate) fn elongation(jd: f64) -> f64 {
    norm(moon_longitude(jd) - sun_longitude(jd))
}

/// The instant of the new moon nearest `jd` (within half a lunation).
pub(crate) fn new_moon_near(jd: f64) -> f64 {
    // step to the zero of the signed elongation, then refine
    let signed = |x: f64| {
        let e = elongation(x);
        if e > 180.0 { e - 360.0 } else { e }
    };
    let mut t = jd - signed(jd) / 12.19;
    for _ in 0..6 {
        t -= signed(t) / 12.19;
    }
    t
}

/// The new moon at or before `jd`.
pub(crate) fn new_moon_before(jd: f64) -> f64 {
    let n = new_moon_near(jd);
    if n <= jd { n } else { new_moon_near(n - 29.53) }
}

/// The Lahiri ayanamsa (degrees): the offset of the sidereal zodiac.
fn ayanamsa(jd: f64) -> f64 {
    23.853 + 0.013_969 * (jd - 2_451_545.0) / 365.25
}

/// The Sun's sidereal longitude (degrees).
pub(crate) fn sidereal_sun(jd: f64) -> f64 {
    norm(sun_longitude(jd) - ayanamsa(jd))
}

/// The Moon's sidereal longitude (degrees).
pub(crate) fn sidereal_moon(jd: f64) -> f64 {
    norm(moon_longitude(jd) - ayanamsa(jd))
}

/// The instant the Sun enters sidereal sign `rashi` (0 = Mesha … 11 =
/// Meena) in Gregorian `year`.
pub(crate) fn sankranti(year: i32, rashi: u32) -> Option<f64> {
    // Mesha is entered about April 14; each sign takes about 30.4 days
    let mesha = jd_of(Date::new(year, 4, 14)?);
    let mut t = mesha + f64::from(rashi) * 30.44;
    if t > jd_of(Date::new(year, 12, 31)?) + 1.0 {
        t -= 365.2422;
    }
    let target = f64::from(rashi) * 30.0;
    for _ in 0..8 {
        let mut diff = target - sidereal_sun(t);
        if diff > 180.0 {
            diff -= 360.0;
        } else if diff < -180.0 {
            diff += 360.0;
        }
        t += diff / 0.9856;
    }
    Some(t)
}

/// The local date (India) of `jd`.
pub(crate) fn ist_date(jd: f64) -> Option<Date> {
    date_of_jd(jd, 5.5)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moons_and_signs() {
        let d = |s: &str| s.parse::<Date>().unwrap_or_else(|_| panic!("{s}"));
        // new moon 2019-10-28 03:38 UT
        let nm = new_moon_near(jd_of(d("2019-10-27")));
        assert!((nm - (jd_of(d("2019-10-28")) + 3.63 / 24.0)).abs() < 0.02, "{nm}");
        // Makara sankranti 2019: 2019-01-14 evening in India
        let s = sankranti(2019, 9).unwrap_or(0.0);
        assert_eq!(ist_date(s), Some(d("2019-01-14")));
    }
}
