package customer

import (
	"context"
	"strings"
	"testing"
)

func TestBirthdaysAreRemindedAheadWithGreetings(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	w.at(12, 29, 9) // the lead of 3 days crosses the new year
	w.create(w.rep, CustomerInput{Name: "明远科技", Contacts: []ContactInput{
		{Name: "李娜", Birthday: "1988-12-31"},
		{Name: "王伟", Birthday: "01-01"},
		{Name: "张敏", Birthday: "12-29"},
		{Name: "刘洋", Birthday: "01-02"}, // four days ahead: not yet
		{Name: "陈杰", Birthday: "12-28"}, // yesterday
	}})
	w.create(w.rep2, CustomerInput{Name: "别人的客户", Contacts: []ContactInput{{Name: "赵丽", Birthday: "12-30"}}})
	today, err := w.svc.Today(ctx, w.rep, w.clock.T)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range today.Birthdays {
		got = append(got, b.ContactName+"@"+b.On)
	}
	if strings.Join(got, " ") != "张敏@2026-12-29 李娜@2026-12-31 王伟@2027-01-01" {
		t.Fatalf("birthdays = %v", got)
	}
	li := today.Birthdays[1]
	if li.InDays != 2 || li.Age != 38 || li.CustomerName != "明远科技" {
		t.Fatalf("李娜 = %+v", li)
	}
	if !strings.HasPrefix(li.GreetingZh, "李娜，生日快乐") || !strings.HasPrefix(li.GreetingEn, "Happy birthday, 李娜!") {
		t.Fatalf("greetings = %q / %q", li.GreetingZh, li.GreetingEn)
	}
}

func TestLeapDayBirthdaysAreRemindedInOtherYears(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	w.clock.T = w.clock.T.AddDate(0, 3, 0) // 2027-02-27, not a leap year
	w.create(w.rep, CustomerInput{Name: "闰年客户", Contacts: []ContactInput{{Name: "孙悦", Birthday: "2000-02-29"}}})
	today, err := w.svc.Today(context.Background(), w.rep, w.clock.T)
	if err != nil {
		t.Fatal(err)
	}
	if len(today.Birthdays) != 1 || today.Birthdays[0].On != "2027-02-28" {
		t.Fatalf("birthdays = %+v", today.Birthdays)
	}
}

// Today's birthdays read the partial birthday index, not every customer of the
// owner: at 100,000 customers the walk cost the customers area its first second.
func TestTodaysBirthdaysReadTheBirthdayIndex(t *testing.T) {
	w := newWorld(t)
	plan := w.plan(birthdaysQuery(3), "someone", "12-08", "12-09", "12-10")
	if !strings.Contains(plan, "contacts_birthday") || strings.Contains(plan, "SCAN c") {
		t.Fatalf("the birthday lookup walks the customers:\n%s", plan)
	}
}
