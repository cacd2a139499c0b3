package services_test

import (
	"database/sql"
	"math/rand/v2"
	"strconv"
	"time"

	"steady/backend/auth"
	co "steady/backend/company"
	"steady/backend/services"
	"steady/backend/store"
	"steady/backend/store/storetest"
)

// The benchmark company: an owner, five managers and the shared team of 50
// reps (every fifth a new hire, one of them hired in the middle of the
// appraised month), with work from benchStart (or their hire day) to now.
// Each rep gains about seven customers a month, each customer a chain of
// revisits at its segment's cadence, and about ten deals a month that walk
// the seeded stages with their SOP tasks, a quote when they reach the
// quotation stage, and a win, a loss or an open end.

// benchStart is when the company's records begin: 2024-07-01 in Shanghai.
var benchStart = time.Date(2024, 6, 30, 16, 0, 0, 0, time.UTC)

const (
	customersPerMonth = 7
	dealsPerMonth     = 10
	poolCustomers     = 1_500
)

// benchGen writes the company on its own clock.
type benchGen struct {
	db       *store.DB
	set      *services.Set
	clock    *storetest.Clock
	r        *rand.Rand
	loc      *time.Location
	owner    auth.Actor
	reps     []*benchRep
	quoteSeq int
}

// benchRep is one rep and what the generator gave them.
type benchRep struct {
	id, level string
	hired     time.Time // their first day
	since     time.Time // when their records begin: hired, or benchStart
	customers []*benchCustomer
}

// benchCustomer is a customer as the deals need it.
type benchCustomer struct {
	id, name, segment string
	cadence           int // days between revisits
	created           time.Time
}

func generateCompany(db *store.DB) error {
	clock := &storetest.Clock{T: benchNow}
	g := &benchGen{db: db, clock: clock, set: services.New(db, clock.Now), r: rand.New(rand.NewPCG(10, 50))}
	for _, step := range []func() error{g.team, g.rates, g.addCustomers, g.addDeals, g.finishCustomers, g.addTraining, g.appraise} {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// Names print in the appraisal PDF: some in traditional or rarer characters.
var (
	benchSurnames = []string{"王", "李", "張", "陈", "歐陽", "刘", "赵", "黄", "周", "司马"}
	benchGiven    = []string{"堃", "喆", "玥", "晓彤", "明远", "珺", "赟", "思齊", "一鸣", "燊"}
	benchManagers = []string{"吴建国", "郑丽华", "孫志偉", "冯雪", "何立新"}
)

// team writes the people, the company and everyone's name, level and hire day.
func (g *benchGen) team() error {
	ids, err := storetest.BenchTeam(ctx, g.db, storetest.BenchReps)
	if err != nil {
		return err
	}
	g.owner = auth.Actor{Role: auth.RoleOwner}
	if err := g.db.Read().QueryRow(`SELECT id FROM users WHERE login = 'owner'`).Scan(&g.owner.ID); err != nil {
		return err
	}
	err = g.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := g.set.Company.InsertTx(ctx, tx, g.owner.ID, co.Defaults("上海示例贸易有限公司")); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `UPDATE users SET name = '周明远' WHERE id = ?`, g.owner.ID)
		return err
	})
	if err != nil {
		return err
	}
	g.loc = g.set.Company.Location(ctx)
	for i, id := range ids {
		g.reps = append(g.reps, g.rep(i, id))
	}
	return g.db.Tx(ctx, func(tx *sql.Tx) error {
		for i, rep := range g.reps {
			name := benchSurnames[i%10] + benchGiven[(i/10+i)%10]
			if _, err := tx.ExecContext(ctx, `UPDATE users SET name = ?, level = ?, hire_date = ? WHERE id = ?`,
				name, rep.level, rep.hired.Format(time.DateOnly), rep.id); err != nil {
				return err
			}
		}
		for k, name := range benchManagers {
			if _, err := tx.ExecContext(ctx, `UPDATE users SET name = ? WHERE login = ?`, name, "manager"+strconv.Itoa(k+1)); err != nil {
				return err
			}
		}
		return nil
	})
}

// rep gives the i-th rep a level and a hire day: every fifth is a new hire
// of the last months (rep01 started on 14 October, in the appraised month),
// the rest juniors and seniors of earlier years.
func (g *benchGen) rep(i int, id string) *benchRep {
	day := g.day(benchNow)
	r := &benchRep{id: id, level: auth.LevelJunior, hired: day.AddDate(-1, -i%24, 0)}
	switch {
	case i == 0:
		r.level, r.hired = auth.LevelNewHire, time.Date(2026, 10, 14, 0, 0, 0, 0, g.loc)
	case i%5 == 0:
		r.level, r.hired = auth.LevelNewHire, day.AddDate(0, 0, -50-4*i)
	case i%5 >= 3:
		r.level, r.hired = auth.LevelSenior, day.AddDate(-3, -i, 0)
	}
	r.since = r.hired
	if r.since.Before(benchStart) {
		r.since = benchStart
	}
	return r
}

// rates keeps the US dollar's rate for every month of the records (one deal
// in fifty is priced in dollars).
func (g *benchGen) rates() error {
	for m, i := g.day(benchStart), 0; m.Before(benchNow); m, i = m.AddDate(0, 1, 0), i+1 {
		rate := []co.RateChange{{Currency: "USD", RateMicro: int64(7_050_000 + (i*37_531)%180_000)}}
		if _, err := g.set.Company.SaveRates(ctx, g.owner, m.Format("2006-01"), rate); err != nil {
			return err
		}
	}
	return nil
}

// day is the start of t's day in the company's zone.
func (g *benchGen) day(t time.Time) time.Time {
	y, m, d := t.In(g.loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, g.loc)
}

// between is a moment in [from, to); from when the span is empty.
func (g *benchGen) between(from, to time.Time) time.Time {
	if !to.After(from) {
		return from
	}
	return from.Add(time.Duration(g.r.Int64N(int64(to.Sub(from)))))
}

// workTime is a moment in [from, to) during office hours (09:00–18:00) when
// that day allows.
func (g *benchGen) workTime(from, to time.Time) time.Time {
	t := g.between(from, to)
	w := g.day(t).Add(9*time.Hour + time.Duration(g.r.IntN(9*60))*time.Minute)
	if w.Before(from) || !w.Before(to) {
		return t
	}
	return w
}

// months is how many months (of 30.4 days) lie between from and to.
func months(from, to time.Time) float64 {
	return to.Sub(from).Hours() / 24 / 30.4
}

func prepareAll(tx *sql.Tx, queries ...string) ([]*sql.Stmt, error) {
	var out []*sql.Stmt
	for _, q := range queries {
		st, err := tx.PrepareContext(ctx, q)
		if err != nil {
			closeAll(out)
			return nil, err
		}
		out = append(out, st)
	}
	return out, nil
}

func closeAll(stmts []*sql.Stmt) {
	for _, s := range stmts {
		s.Close()
	}
}
