package calendar_test

import (
	"testing"
	"time"
	_ "time/tzdata" // the DST tests compare with zones a bare system may lack

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/newsmodel/internal/calendar"
)

func TestIsLeap(t *testing.T) {
	tests := []struct {
		y    int64
		want bool
	}{
		{2024, true}, {2025, false}, {2000, true}, {1900, false}, {2100, false},
		{1600, true}, {0, true}, {-4, true}, {-100, false}, {-400, true}, {1, false},
	}
	for _, tt := range tests {
		if got := calendar.IsLeap(tt.y); got != tt.want {
			t.Errorf("IsLeap(%d) = %v, want %v", tt.y, got, tt.want)
		}
	}
}

func TestDaysIn(t *testing.T) {
	tests := []struct {
		y    int64
		m    int
		want int
	}{
		{2025, 1, 31}, {2025, 2, 28}, {2024, 2, 29}, {1900, 2, 28}, {2000, 2, 29},
		{2025, 3, 31}, {2025, 4, 30}, {2025, 5, 31}, {2025, 6, 30}, {2025, 7, 31},
		{2025, 8, 31}, {2025, 9, 30}, {2025, 10, 31}, {2025, 11, 30}, {2025, 12, 31},
		{-1, 2, 28}, {0, 2, 29},
	}
	for _, tt := range tests {
		if got := calendar.DaysIn(tt.y, tt.m); got != tt.want {
			t.Errorf("DaysIn(%d, %d) = %d, want %d", tt.y, tt.m, got, tt.want)
		}
	}
	// Every month of four centuries agrees with the time package.
	for y := 1900; y < 2300; y++ {
		for m := 1; m <= 12; m++ {
			want := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
			if got := calendar.DaysIn(int64(y), m); got != want {
				t.Fatalf("DaysIn(%d, %d) = %d, want %d", y, m, got, want)
			}
		}
	}
}

func TestValid(t *testing.T) {
	tests := []struct {
		y    int64
		m, d int
		want bool
	}{
		{2025, 3, 23, true}, {2024, 2, 29, true}, {2025, 2, 29, false}, {1900, 2, 29, false},
		{2025, 4, 31, false}, {2025, 12, 31, true}, {2025, 0, 1, false}, {2025, 13, 1, false},
		{2025, 1, 0, false}, {2025, 1, 32, false}, {-44, 3, 15, true},
	}
	for _, tt := range tests {
		if got := calendar.Valid(tt.y, tt.m, tt.d); got != tt.want {
			t.Errorf("Valid(%d, %d, %d) = %v, want %v", tt.y, tt.m, tt.d, got, tt.want)
		}
	}
}

func TestDaysFromCivil(t *testing.T) {
	tests := []struct {
		y    int64
		m, d int
		want int64
	}{
		{1970, 1, 1, 0}, {1969, 12, 31, -1}, {1970, 3, 1, 59}, {2000, 3, 1, 11017},
		{2025, 3, 23, 20170}, {1, 1, 1, -719162}, {0, 3, 1, -719468},
	}
	for _, tt := range tests {
		if got := calendar.DaysFromCivil(tt.y, tt.m, tt.d); got != tt.want {
			t.Errorf("DaysFromCivil(%d, %d, %d) = %d, want %d", tt.y, tt.m, tt.d, got, tt.want)
		}
	}
	// Every day from 1600 to 2400 agrees with the time package, and its
	// weekday too.
	day := time.Date(1600, 1, 1, 0, 0, 0, 0, time.UTC)
	for day.Year() < 2400 {
		y, m, d := day.Date()
		got := calendar.DaysFromCivil(int64(y), int(m), d)
		if want := day.Unix() / 86400; got != want {
			t.Fatalf("DaysFromCivil(%d, %d, %d) = %d, want %d", y, m, d, got, want)
		}
		if w, want := calendar.Weekday(got), int64(calendar.DaysFromMonday(day.Weekday())); w != want {
			t.Fatalf("Weekday(%d) = %d, want %d (%s)", got, w, want, day.Weekday())
		}
		day = day.AddDate(0, 0, 1)
	}
}

func TestWeeksIn(t *testing.T) {
	// Years of 53 ISO weeks are those that start on a Thursday, or leap
	// years that start on a Wednesday.
	for y := int64(1990); y <= 2040; y++ {
		jan1 := time.Date(int(y), 1, 1, 0, 0, 0, 0, time.UTC).Weekday()
		want := 52
		if jan1 == time.Thursday || jan1 == time.Wednesday && calendar.IsLeap(y) {
			want = 53
		}
		if got := calendar.WeeksIn(y); got != want {
			t.Errorf("WeeksIn(%d) = %d, want %d", y, got, want)
		}
		_, w := time.Date(int(y), 12, 28, 0, 0, 0, 0, time.UTC).ISOWeek()
		if w != want {
			t.Errorf("the time package gives %d weeks for %d, want %d", w, y, want)
		}
	}
}

func TestAddMonths(t *testing.T) {
	type ym struct{ Y, M int }
	tests := []struct {
		y, m, n int
		want    ym
	}{
		{2025, 3, 0, ym{2025, 3}}, {2025, 3, -3, ym{2024, 12}}, {2025, 1, -1, ym{2024, 12}},
		{2025, 12, 1, ym{2026, 1}}, {2025, 3, 24, ym{2027, 3}}, {2025, 3, -27, ym{2022, 12}},
		{0, 1, -1, ym{-1, 12}}, {-1, 1, -13, ym{-3, 12}}, {1, 1, 120000, ym{10001, 1}},
	}
	for _, tt := range tests {
		y, m := calendar.AddMonths(tt.y, tt.m, tt.n)
		if diff := cmp.Diff(tt.want, ym{y, m}); diff != "" {
			t.Errorf("AddMonths(%d, %d, %d) (-want +got):\n%s", tt.y, tt.m, tt.n, diff)
		}
	}
}

func TestFloorDiv(t *testing.T) {
	tests := []struct{ a, b, want int }{
		{11, 12, 0}, {12, 12, 1}, {-1, 12, -1}, {-12, 12, -1}, {-13, 12, -2},
		{7, -2, -4}, {-7, -2, 3}, {0, 5, 0},
	}
	for _, tt := range tests {
		if got := calendar.FloorDiv(tt.a, tt.b); got != tt.want {
			t.Errorf("FloorDiv(%d, %d) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := calendar.FloorDiv(int64(tt.a), int64(tt.b)); got != int64(tt.want) {
			t.Errorf("FloorDiv(int64(%d), int64(%d)) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
	if got := calendar.FloorDiv(int64(-1), 86400); got != -1 {
		t.Errorf("FloorDiv(-1 s, a day) = %d, want -1", got)
	}
}

func TestCivil(t *testing.T) {
	tests := []struct {
		y, m, d int
		want    string
	}{
		{2025, 3, 23, "2025-03-23T12:00:00Z"},
		{2025, 3, 0, "2025-02-28T12:00:00Z"},
		{2024, 3, 0, "2024-02-29T12:00:00Z"},
		{2024, 13, 1, "2025-01-01T12:00:00Z"},
		{2025, 1, 32, "2025-02-01T12:00:00Z"},
	}
	for _, tt := range tests {
		if got := calendar.Civil(tt.y, tt.m, tt.d).Format(time.RFC3339); got != tt.want {
			t.Errorf("Civil(%d, %d, %d) = %s, want %s", tt.y, tt.m, tt.d, got, tt.want)
		}
	}
}

func TestWeekdaySteps(t *testing.T) {
	mon, wed, sun := time.Monday, time.Wednesday, time.Sunday
	tests := []struct {
		name string
		got  int
		want int
	}{
		{"DaysFromMonday(Monday)", calendar.DaysFromMonday(mon), 0},
		{"DaysFromMonday(Wednesday)", calendar.DaysFromMonday(wed), 2},
		{"DaysFromMonday(Sunday)", calendar.DaysFromMonday(sun), 6},
		{"DaysBack(Wednesday, Monday)", calendar.DaysBack(wed, mon, false), 2},
		{"DaysBack(Monday, Wednesday)", calendar.DaysBack(mon, wed, false), 5},
		{"DaysBack(Monday, Monday)", calendar.DaysBack(mon, mon, false), 0},
		{"DaysBack(Monday, Monday, strict)", calendar.DaysBack(mon, mon, true), 7},
		{"DaysBack(Wednesday, Monday, strict)", calendar.DaysBack(wed, mon, true), 2},
		{"DaysAhead(Monday, Wednesday)", calendar.DaysAhead(mon, wed, false), 2},
		{"DaysAhead(Wednesday, Monday)", calendar.DaysAhead(wed, mon, false), 5},
		{"DaysAhead(Sunday, Sunday)", calendar.DaysAhead(sun, sun, false), 0},
		{"DaysAhead(Sunday, Sunday, strict)", calendar.DaysAhead(sun, sun, true), 7},
		{"DaysAhead(Sunday, Monday, strict)", calendar.DaysAhead(sun, mon, true), 1},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %d, want %d", tt.name, tt.got, tt.want)
		}
	}
	// 2025-03-23 is a Sunday: its ISO week began on Monday 17 March.
	if got := calendar.WeekStart(calendar.Civil(2025, 3, 23)); !got.Equal(calendar.Civil(2025, 3, 17)) {
		t.Errorf("WeekStart(2025-03-23) = %s, want 2025-03-17", got)
	}
	if got := calendar.WeekStart(calendar.Civil(2025, 3, 17)); !got.Equal(calendar.Civil(2025, 3, 17)) {
		t.Errorf("WeekStart(2025-03-17) = %s, want 2025-03-17", got)
	}
}

func TestEaster(t *testing.T) {
	// Western Easter Sundays as published in the table of the Astronomical
	// Society of South Australia ("Easter Dating Method", 1700–2299),
	// including the earliest possible date (22 March: 1818, 2285) and the
	// latest (25 April: 1943, 2038).
	type md struct{ M, D int }
	tests := []struct {
		y    int
		want md
	}{
		{1700, md{4, 11}}, {1818, md{3, 22}}, {1891, md{3, 29}}, {1943, md{4, 25}},
		{1961, md{4, 2}}, {1981, md{4, 19}}, {2000, md{4, 23}}, {2008, md{3, 23}},
		{2011, md{4, 24}}, {2019, md{4, 21}}, {2020, md{4, 12}}, {2024, md{3, 31}},
		{2025, md{4, 20}}, {2026, md{4, 5}}, {2038, md{4, 25}}, {2135, md{4, 3}},
		{2285, md{3, 22}},
	}
	for _, tt := range tests {
		m, d := calendar.Easter(tt.y)
		if diff := cmp.Diff(tt.want, md{m, d}); diff != "" {
			t.Errorf("Easter(%d) (-want +got):\n%s", tt.y, diff)
		}
	}
	// In every Gregorian year Easter is a Sunday from 22 March to 25 April.
	for y := 1583; y <= 4099; y++ {
		m, d := calendar.Easter(y)
		day := calendar.Civil(y, m, d)
		lo, hi := calendar.Civil(y, 3, 22), calendar.Civil(y, 4, 25)
		if day.Weekday() != time.Sunday || day.Before(lo) || day.After(hi) {
			t.Fatalf("Easter(%d) = %d-%02d, a %s", y, m, d, day.Weekday())
		}
	}
}

func TestNthWeekday(t *testing.T) {
	tests := []struct {
		name string
		y, m int
		wd   time.Weekday
		n    int
		want int
	}{
		{"Martin Luther King Jr. Day 2025", 2025, 1, time.Monday, 3, 20},
		{"Presidents Day 2025", 2025, 2, time.Monday, 3, 17},
		{"Mother's Day 2025", 2025, 5, time.Sunday, 2, 11},
		{"Memorial Day 2025", 2025, 5, time.Monday, -1, 26},
		{"Memorial Day 2024", 2024, 5, time.Monday, -1, 27},
		{"Labor Day 2025", 2025, 9, time.Monday, 1, 1},
		{"Thanksgiving 2025", 2025, 11, time.Thursday, 4, 27},
		{"Thanksgiving 2024", 2024, 11, time.Thursday, 4, 28},
		{"last Thursday of February 2024", 2024, 2, time.Thursday, -1, 29},
		{"last Sunday of March 2025", 2025, 3, time.Sunday, -1, 30},
		{"last Sunday of October 2025", 2025, 10, time.Sunday, -1, 26},
		{"first Sunday of November 2026", 2026, 11, time.Sunday, 1, 1},
	}
	for _, tt := range tests {
		if got := calendar.NthWeekday(tt.y, tt.m, tt.wd, tt.n); got != tt.want {
			t.Errorf("%s: NthWeekday(%d, %d, %s, %d) = %d, want %d", tt.name, tt.y, tt.m, tt.wd, tt.n, got, tt.want)
		}
	}
}

// switchDays returns the days of y on which the rule dst changes, as
// "MM-DD", with the hour at which it does.
func switchDays(y int, dst func(y, m, d, h int) bool) []string {
	var out []string
	prev := dst(y, 1, 1, 0)
	for day := calendar.Civil(y, 1, 1); day.Year() == y; day = day.AddDate(0, 0, 1) {
		for h := 0; h < 24; h++ {
			if on := dst(y, int(day.Month()), day.Day(), h); on != prev {
				out = append(out, day.Format("01-02")+" "+time.Duration(h*int(time.Hour)).String())
				prev = on
			}
		}
	}
	return out
}

func TestDSTSwitchDays(t *testing.T) {
	us, eu := calendar.USDST, calendar.EUDST
	tests := []struct {
		name string
		rule func(y, m, d, h int) bool
		y    int
		want []string
	}{
		// The United States: the Energy Policy Act of 2005 (from 2007), the
		// 1986 amendment (1987–2006) and the Uniform Time Act (1967–1986);
		// on at 02:00 standard time, off at 02:00 daylight time (01:00
		// standard).
		{"USDST", us, 2025, []string{"03-09 2h0m0s", "11-02 1h0m0s"}},
		{"USDST", us, 2024, []string{"03-10 2h0m0s", "11-03 1h0m0s"}},
		{"USDST", us, 2007, []string{"03-11 2h0m0s", "11-04 1h0m0s"}},
		{"USDST", us, 2006, []string{"04-02 2h0m0s", "10-29 1h0m0s"}},
		{"USDST", us, 1987, []string{"04-05 2h0m0s", "10-25 1h0m0s"}},
		{"USDST", us, 1986, []string{"04-27 2h0m0s", "10-26 1h0m0s"}},
		{"USDST", us, 1967, []string{"04-30 2h0m0s", "10-29 1h0m0s"}},
		{"USDST", us, 1966, nil},
		// The European Union (Directive 2000/84/EC, the rule of 1996): from
		// 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
		// Sunday of October.
		{"EUDST", eu, 2025, []string{"03-30 1h0m0s", "10-26 1h0m0s"}},
		{"EUDST", eu, 2024, []string{"03-31 1h0m0s", "10-27 1h0m0s"}},
		{"EUDST", eu, 1996, []string{"03-31 1h0m0s", "10-27 1h0m0s"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, switchDays(tt.y, tt.rule)); diff != "" {
			t.Errorf("%s switches in %d (-want +got):\n%s", tt.name, tt.y, diff)
		}
	}
}

// TestDSTMatchesTZData compares the rules hour by hour with the time zone
// database: New York for the United States (without 1974 and 1975, when an
// emergency law moved the start to January and February) and Berlin for the
// European Union.
func TestDSTMatchesTZData(t *testing.T) {
	est := time.FixedZone("EST", -5*3600)
	for y := 1967; y <= 2037; y++ {
		if y != 1974 && y != 1975 {
			checkDST(t, calendar.USDST, est, "America/New_York", -5*3600, y)
		}
	}
	for y := 1996; y <= 2037; y++ {
		checkDST(t, calendar.EUDST, time.UTC, "Europe/Berlin", 3600, y)
	}
}

// checkDST checks rule, which reads the hours of the zone hours, against
// the location name, of standard offset std, for every hour of year y:
// daylight time is in force where the location is an hour ahead of std.
func checkDST(t *testing.T, rule func(y, m, d, h int) bool, hours *time.Location, name string, std, y int) {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Skipf("no time zone database: %v", err)
	}
	for at := time.Date(y, 1, 1, 0, 0, 0, 0, hours); at.Year() == y; at = at.Add(time.Hour) {
		_, off := at.In(loc).Zone()
		want := off == std+3600
		if got := rule(y, int(at.Month()), at.Day(), at.Hour()); got != want {
			t.Fatalf("%s: DST at %s = %v, want %v", name, at.Format("2006-01-02 15:04 MST"), got, want)
		}
	}
}

func TestAppend(t *testing.T) {
	tests := []struct {
		name string
		got  []byte
		want string
	}{
		{"AppendInt(7, 3)", calendar.AppendInt(nil, 7, 3), "007"},
		{"AppendInt(12345, 2)", calendar.AppendInt(nil, 12345, 2), "12345"},
		{"AppendInt(0, 1)", calendar.AppendInt(nil, 0, 1), "0"},
		{"AppendYear(2025)", calendar.AppendYear(nil, 2025), "2025"},
		{"AppendYear(7)", calendar.AppendYear(nil, 7), "0007"},
		{"AppendYear(-44)", calendar.AppendYear(nil, -44), "-0044"},
		{"AppendDate(2025, 3, 23)", calendar.AppendDate(nil, 2025, 3, 23), "2025-03-23"},
		{"AppendDate(1, 1, 1)", calendar.AppendDate(nil, 1, 1, 1), "0001-01-01"},
		{"AppendDate(-44, 3, 15)", calendar.AppendDate([]byte("on "), -44, 3, 15), "on -0044-03-15"},
		{"AppendOffset(0)", calendar.AppendOffset(nil, 0), "Z"},
		{"AppendOffset(1h)", calendar.AppendOffset(nil, 3600), "+01:00"},
		{"AppendOffset(-5h)", calendar.AppendOffset(nil, -5*3600), "-05:00"},
		{"AppendOffset(5h30m)", calendar.AppendOffset(nil, 5*3600+1800), "+05:30"},
		{"AppendOffset(-3h30m)", calendar.AppendOffset(nil, -(3*3600 + 1800)), "-03:30"},
		{"AppendOffset(14h)", calendar.AppendOffset(nil, 14*3600), "+14:00"},
		{"AppendOffset(-0h44m30s)", calendar.AppendOffset(nil, -(44*60 + 30)), "-00:44"},
		{"AppendOffset after a time", calendar.AppendOffset([]byte("14:05"), -4*3600), "14:05-04:00"},
	}
	for _, tt := range tests {
		if string(tt.got) != tt.want {
			t.Errorf("%s = %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}

func BenchmarkDaysFromCivil(b *testing.B) {
	var sum int64
	for b.Loop() {
		for m := 1; m <= 12; m++ {
			sum += calendar.DaysFromCivil(2025, m, 23)
		}
	}
	if sum == 0 {
		b.Fatal("no days")
	}
}

func BenchmarkAppendDate(b *testing.B) {
	buf := make([]byte, 0, 32)
	for b.Loop() {
		buf = calendar.AppendOffset(calendar.AppendDate(buf[:0], 2025, 3, 23), -4*3600)
	}
	if string(buf) != "2025-03-23-04:00" {
		b.Fatalf("wrote %q", buf)
	}
}

func BenchmarkEaster(b *testing.B) {
	for b.Loop() {
		for y := 2000; y < 2010; y++ {
			if m, _ := calendar.Easter(y); m != 3 && m != 4 {
				b.Fatal("Easter out of March and April")
			}
		}
	}
}
