package calendar_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/newsmodel/internal/calendar"
)

func day(d int64) string { return time.Unix(d*86400, 0).UTC().Format(time.DateOnly) }

// TestHebrew checks the Hebrew calendar against hebcal.com: 1 Tishri, 15
// Nisan and 25 Kislev of a few years, the year lengths, and leap years.
func TestHebrew(t *testing.T) {
	type row struct{ NewYear, Passover, Hanukkah string }
	want := map[int64]row{
		5661: {"1900-09-24", "1901-04-04", "1900-12-17"},
		5760: {"1999-09-11", "2000-04-20", "1999-12-04"},
		5785: {"2024-10-03", "2025-04-13", "2024-12-26"},
		5786: {"2025-09-23", "2026-04-02", "2025-12-15"},
		5861: {"2100-10-04", "2101-04-14", "2100-12-27"},
	}
	got := map[int64]row{}
	for y := range want {
		got[y] = row{day(calendar.HebrewNewYear(y)), day(calendar.Passover(y)), day(calendar.Hanukkah(y))}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Hebrew dates (-want +got):\n%s", diff)
	}
	for y := int64(5600); y < 5900; y++ {
		n := calendar.HebrewYearDays(y)
		leap := calendar.HebrewLeap(y)
		if ok := (n >= 353 && n <= 355 && !leap) || (n >= 383 && n <= 385 && leap); !ok {
			t.Fatalf("Hebrew year %d: %d days, leap %v", y, n, leap)
		}
		// Rosh Hashanah never falls on Sunday, Wednesday or Friday.
		switch time.Unix(calendar.HebrewNewYear(y)*86400, 0).UTC().Weekday() {
		case time.Sunday, time.Wednesday, time.Friday:
			t.Fatalf("Hebrew year %d begins on a forbidden weekday", y)
		}
	}
}

// TestIslamic checks the arithmetical Islamic calendar: 1 Muharram 1 AH is
// 16 July 622 (Julian), that is 19 July 622 proleptic Gregorian; each
// cycle of 30 years has 10,631 days.
func TestIslamic(t *testing.T) {
	got := []string{day(calendar.Islamic(1, 1, 1)), day(calendar.Islamic(1445, 10, 1))}
	want := []string{"0622-07-19", "2024-04-10"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Islamic dates (-want +got):\n%s", diff)
	}
	for y := int64(1300); y < 1600; y++ {
		if n := calendar.Islamic(y+30, 1, 1) - calendar.Islamic(y, 1, 1); n != 10631 {
			t.Fatalf("30 Islamic years from %d: %d days", y, n)
		}
		d := calendar.Islamic(y, 6, 15)
		if got := calendar.IslamicYear(d); got != y {
			t.Fatalf("IslamicYear(15 Jumada II %d) = %d", y, got)
		}
	}
}

// TestOrthodoxEaster checks the Julian computus against the dates the
// Orthodox churches published.
func TestOrthodoxEaster(t *testing.T) {
	want := map[int]string{1900: "04-22", 2000: "04-30", 2021: "05-02", 2024: "05-05", 2025: "04-20", 2100: "05-02"}
	got := map[int]string{}
	for y := range want {
		m, d := calendar.OrthodoxEaster(y)
		got[y] = time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Format("01-02")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Orthodox Easter (-want +got):\n%s", diff)
	}
}

// TestAstro checks moon phases and the sun against published moments (US
// Naval Observatory, to the minute): each must be within ten minutes.
func TestAstro(t *testing.T) {
	near := func(name string, got time.Time, want string) {
		t.Helper()
		w, err := time.Parse("2006-01-02 15:04", want)
		if err != nil {
			t.Fatal(err)
		}
		if d := got.Sub(w); d > 10*time.Minute || d < -10*time.Minute {
			t.Errorf("%s = %s, want %s UTC", name, got.Format("2006-01-02 15:04"), want)
		}
	}
	from := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	near("new moon after 2024-01-01", calendar.NewMoonAfter(from), "2024-01-11 11:57")
	near("full moon after 2024-01-01", calendar.FullMoonAfter(from), "2024-01-25 17:54")
	near("new moon before 2024-01-01", calendar.NewMoonBefore(from), "2023-12-12 23:32")
	near("March equinox 2024", calendar.SunAt(from, 0, false), "2024-03-20 03:06")
	near("June solstice 2024", calendar.SunAt(from, 90, false), "2024-06-20 20:51")
	near("December solstice 2024", calendar.SunAt(from, 270, false), "2024-12-21 09:20")
}

func BenchmarkNewMoonAfter(b *testing.B) {
	t := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for b.Loop() {
		calendar.NewMoonAfter(t)
	}
}

func BenchmarkSunAt(b *testing.B) {
	t := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for b.Loop() {
		calendar.SunAt(t, 330, false)
	}
}
