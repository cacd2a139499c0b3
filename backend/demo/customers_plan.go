package demo

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"steady/backend/auth"
	"steady/backend/customer"
	"steady/backend/pinyin"
)

// customerPlan is the story of one demo customer: how it was created and
// what happened to it after, in time order.
type customerPlan struct {
	in      customer.CustomerInput
	creator auth.Actor
	created time.Time
	events  []event
	// kept: a company its rep keeps from the start (no hand-over, kept in
	// touch), so that every rep has a customer to sell to in a small demo.
	kept bool
}

// event is one step of a customer's story; who acts is decided when it is
// played (the owner at that time), except for moves that name someone.
type event struct {
	at      time.Time
	kind    string // activity, prospect, churn, win, release, claim, assign
	follow  followUp
	contact int // index of the contact an activity was with; -1 none
	reason  string
	amount  int64
	to      auth.Actor
}

// planner invents customers one after another; it remembers a little about
// each so that a few later ones can be believable duplicates.
type planner struct {
	r       *rand.Rand
	t       team
	now     time.Time
	n       int
	brands  map[string][]string // brands taken, by city and trade
	mobiles int                 // contacts so far, for unique mobile numbers
	earlier []planKey
}

type planKey struct{ name, mobile, city string }

// customerSpan is how far back the oldest demo customer was created.
const customerSpan = 720 * 24 * time.Hour

func (p *planner) plan(i int) customerPlan {
	back := time.Duration(float64(customerSpan) * float64(p.n-i) / float64(p.n))
	created := p.workTime(p.now.Add(-back))
	if created.After(p.now) {
		created = p.now.Add(-time.Hour)
	}
	owner := p.t.reps[p.pick(len(p.t.reps), []int{30, 25, 20, 15, 10})]
	kept := i < len(p.t.reps) // the oldest customers: one for each rep
	if kept {
		owner = p.t.reps[i]
	}
	cp := customerPlan{creator: owner, created: created, kept: kept}
	if i%97 == 50 && len(p.earlier) > 30 {
		cp.in = p.duplicateOf(p.earlier[len(p.earlier)-30])
	} else if !kept && p.r.IntN(100) < 15 {
		cp.in = p.person()
	} else {
		cp.in = p.company(i)
	}
	if p.r.IntN(10) == 0 {
		cp.creator, cp.in.OwnerID = p.t.manager, owner.ID // entered by the manager for a rep
	}
	mobile := ""
	if len(cp.in.Contacts) > 0 {
		mobile = cp.in.Contacts[0].Phone
	}
	p.earlier = append(p.earlier, planKey{name: cp.in.Name, mobile: mobile, city: cp.in.City})
	cp.events = p.story(cp, owner)
	return cp
}

// company invents a company with one to three contacts.
func (p *planner) company(i int) customer.CustomerInput {
	city := demoCities[p.r.IntN(len(demoCities))]
	trade := demoTrades[p.r.IntN(len(demoTrades))]
	brand := p.brand(city.name + trade.trade)
	in := customer.CustomerInput{Kind: customer.KindCompany, Source: p.source(), Industry: trade.industry,
		Name:   city.name + brand + trade.trade + demoSuffixes[p.r.IntN(len(demoSuffixes))],
		Region: city.province, City: city.name, Country: "中国", Tags: p.tags(), Notes: p.note(),
		Address: fmt.Sprintf("%s省%s市%s %d 号", city.province, city.name, demoStreets[p.r.IntN(len(demoStreets))], 1+p.r.IntN(999)),
		Phone:   fmt.Sprintf("%s-%04d %04d", city.area, 6000+(i*7919/10000)%3000, (i*7919)%10000)}
	in.Address = strings.Replace(in.Address, city.province+"省"+city.province+"市", city.province+"市", 1)
	if p.r.IntN(2) == 0 {
		in.Email = fmt.Sprintf("%s@%s%d.com.cn", []string{"info", "sales", "service"}[p.r.IntN(3)], pinyinOf(brand), i)
	}
	for k := range 1 + p.pick(3, []int{50, 35, 15}) {
		in.Contacts = append(in.Contacts, p.contact(k == 0, pinyinOf(brand)))
	}
	return in
}

// brand picks a brand no other company of the same city and trade has, nor
// one a character away from it: the demo's only duplicates are the planned
// ones. Crowded cities and trades get two-word brands.
func (p *planner) brand(market string) string {
	for try := 0; ; try++ {
		brand := demoBrands[p.r.IntN(len(demoBrands))]
		if try >= 4 {
			brand += demoBrands[p.r.IntN(len(demoBrands))]
		}
		taken := slices.ContainsFunc(p.brands[market], func(b string) bool { return oneCharApart(b, brand) })
		if !taken {
			p.brands[market] = append(p.brands[market], brand)
			return brand
		}
	}
}

// oneCharApart says whether a and b are equal or differ in one character
// (the duplicates screen would take them for one company).
func oneCharApart(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return false
	}
	diff := 0
	for i := range ra {
		if ra[i] != rb[i] {
			diff++
		}
	}
	return diff <= 1
}

// person invents a customer who is a person, reached on their mobile.
func (p *planner) person() customer.CustomerInput {
	city := demoCities[p.r.IntN(len(demoCities))]
	name := personName(p.r)
	in := customer.CustomerInput{Kind: customer.KindPerson, Name: name, Source: p.source(), Region: city.province,
		City: city.name, Country: "中国", Phone: p.mobile(), Tags: p.tags(), Notes: p.note()}
	if p.r.IntN(2) == 0 {
		in.WeChat = fmt.Sprintf("%s_%d", pinyinOf(name), 100+p.r.IntN(900))
	}
	return in
}

// duplicateOf enters an earlier company again, as people do: the name
// without its legal form, and the same contact's mobile written otherwise.
func (p *planner) duplicateOf(k planKey) customer.CustomerInput {
	name := k.name
	for _, suffix := range []string{"集团有限公司", "股份有限公司", "有限责任公司", "有限公司"} {
		name = strings.TrimSuffix(name, suffix)
	}
	in := customer.CustomerInput{Kind: customer.KindCompany, Name: name, City: k.city, Source: p.source(), Country: "中国"}
	if k.mobile != "" {
		digits := customer.NormalizePhone(k.mobile)
		in.Contacts = []customer.ContactInput{{Name: personName(p.r), Title: "采购", Primary: true,
			Phone: "+86 " + digits[:3] + "-" + digits[3:7] + "-" + digits[7:]}}
	}
	return in
}

func (p *planner) contact(primary bool, domain string) customer.ContactInput {
	name := personName(p.r)
	c := customer.ContactInput{Name: name, Title: demoTitles[p.r.IntN(len(demoTitles))], Phone: p.mobile(), Primary: primary}
	if p.r.IntN(3) == 0 {
		c.Email = fmt.Sprintf("%s.%d@%s.cn", pinyinOf(name), p.mobiles, domain)
	}
	if p.r.IntN(2) == 0 {
		c.WeChat = fmt.Sprintf("%s%d", pinyinOf(name), 10+p.r.IntN(90))
	}
	if p.r.IntN(10) < 7 {
		born := time.Date(1965+p.r.IntN(35), time.Month(1+p.r.IntN(12)), 1+p.r.IntN(28), 0, 0, 0, 0, time.UTC)
		c.Birthday = born.Format(time.DateOnly)
		if p.r.IntN(5) < 2 {
			c.Birthday = born.Format("01-02") // the year is often unknown
		}
	}
	return c
}

// mobile returns a mobile number no other demo contact has.
func (p *planner) mobile() string {
	p.mobiles++
	n := (p.mobiles * 104729) % 100_000_000
	return fmt.Sprintf("1%s %04d %04d", []string{"38", "39", "36", "58", "59", "86", "88", "37"}[p.r.IntN(8)], n/10000, n%10000)
}

func (p *planner) source() string {
	w := make([]int, len(demoSources))
	for i, s := range demoSources {
		w[i] = s.weight
	}
	return demoSources[p.pick(len(w), w)].code
}

func (p *planner) tags() []string {
	var out []string
	for range p.pick(4, []int{45, 30, 18, 7}) {
		if t := demoTags[p.r.IntN(len(demoTags))]; !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

func (p *planner) note() string { return demoCustomerNotes[p.r.IntN(len(demoCustomerNotes))] }

// pick returns an index below n, chosen by weights.
func (p *planner) pick(n int, weights []int) int {
	total := 0
	for _, w := range weights[:n] {
		total += w
	}
	x := p.r.IntN(total)
	for i, w := range weights[:n] {
		if x < w {
			return i
		}
		x -= w
	}
	return n - 1
}

// workTime moves t to a random minute of the working day (09:00–18:00 in
// the company's zone) of its own day.
func (p *planner) workTime(t time.Time) time.Time {
	l := t.In(quoteZone)
	return time.Date(l.Year(), l.Month(), l.Day(), 9, 0, 0, 0, quoteZone).Add(time.Duration(p.r.IntN(9*60)) * time.Minute)
}

func pinyinOf(s string) string { return pinyin.Join(pinyin.Syllables(s)) }
