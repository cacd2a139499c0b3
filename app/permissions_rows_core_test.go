package app

import (
	"errors"
	"fmt"

	"steady/backend/auth"
	"steady/backend/company"
)

// The session, the company profile and rates, users and About.
func coreRows() map[string]row {
	return map[string]row{
		"Session.Status": {want: every(public), call: func(f *fixture, r role) error {
			st, err := f.session.Status()
			if err == nil && (st.User == nil || st.User.ID != f.people[r].ID) {
				return errors.New("Status names someone else")
			}
			return err
		}},
		"Session.Setup": {want: every(public), call: func(f *fixture, r role) error {
			// A company that is set up is never set up again, by anyone.
			_, err := f.session.Setup(SetupInput{CompanyName: "别家公司", OwnerName: "某人", Login: "intruder", Password: "steady-pass-2"})
			if errKind(err) != "forbidden" {
				return fmt.Errorf("a second setup: %v", err)
			}
			return nil
		}},
		"Session.Login": {want: every(public), call: func(f *fixture, r role) error {
			return second(f.session.Login(LoginInput{Login: f.people[r].Login, Password: "steady-pass"}))
		}},
		"Session.Logout": {want: every(public), call: func(f *fixture, r role) error {
			if err := f.session.Logout(); err != nil {
				return err
			}
			if f.signedIn() {
				return errors.New("still signed in")
			}
			return nil
		}},
		"Session.SetLanguage":  {want: every(public), call: func(f *fixture, r role) error { return f.session.SetLanguage("zh-CN") }},
		"Session.SetTheme":     {want: every(public), call: func(f *fixture, r role) error { return f.session.SetTheme("dark") }},
		"Session.MenuLanguage": {want: every(public), call: func(f *fixture, r role) error { f.session.MenuLanguage("en"); return nil }},
		"Session.Lock": {want: every(public), call: func(f *fixture, r role) error {
			f.session.Lock()
			if _, err := f.company.Get(); f.signedIn() && errKind(err) != "unauthenticated" {
				return fmt.Errorf("a locked window still answers: %v", err)
			}
			return nil
		}},
		"Session.Unlock": {want: every(allowed), call: func(f *fixture, r role) error {
			if !f.signedIn() {
				return second(f.session.Unlock("steady-pass"))
			}
			f.session.Lock()
			return second(f.session.Unlock("steady-pass"))
		}},
		"Session.ChangePassword": {want: every(allowed), call: func(f *fixture, r role) error {
			if _, err := f.session.ChangePassword(auth.PasswordChange{Current: "steady-pass", Next: "Another-pass-42"}); err != nil {
				return err
			}
			return second(f.session.ChangePassword(auth.PasswordChange{Current: "Another-pass-42", Next: "steady-pass"}))
		}},
		"Session.IdleLockMinutes": {want: every(allowed), call: func(f *fixture, r role) error { return second(f.session.IdleLockMinutes()) }},

		"Company.Get": {want: every(allowed), call: func(f *fixture, r role) error { return second(f.company.Get()) }},
		"Company.Save": {want: roleWise(allowed, forbidden, forbidden), call: func(f *fixture, r role) error {
			s, err := f.set.Company.Settings(tctx)
			if err != nil {
				return err
			}
			s.Phone = "021-6000 0000"
			return second(f.company.Save(s))
		}},
		"Company.Rates": {want: every(allowed), call: func(f *fixture, r role) error { return second(f.company.Rates("")) }},
		"Company.SaveRates": {want: roleWise(allowed, forbidden, forbidden), call: func(f *fixture, r role) error {
			return second(f.company.SaveRates("2026-11", []company.RateChange{{Currency: "USD", RateMicro: 7_123_456}}))
		}},
		"Company.CopyRates": {want: roleWise(allowed, forbidden, forbidden), call: func(f *fixture, r role) error {
			return second(f.company.CopyRates("2026-12"))
		}},
		"Company.Currencies": {want: every(public), call: func(f *fixture, r role) error { f.company.Currencies(); return nil }},
		"Company.Timezones":  {want: every(public), call: func(f *fixture, r role) error { f.company.Timezones(); return nil }},

		"Users.List": {want: every(scoped), call: func(f *fixture, r role) error {
			list, err := f.users.List()
			if err != nil {
				return err
			}
			got := ids(list, func(u auth.User) string { return u.ID })
			return leaks(r, got, []string{f.rep2.ID, f.manager2.ID}, f.people[r].ID)
		}},
		"Users.Create": {want: roleWise(allowed, forbidden, forbidden), call: func(f *fixture, r role) error {
			return second(f.users.Create(auth.UserInput{Name: "新同事", Login: "new-" + r.String(), Password: "steady-pass",
				Role: auth.RoleRep, Level: auth.LevelNewHire, ManagerID: f.people[asManager].ID, Active: true, HireDate: "2026-11-20"}))
		}},
		"Users.Update": {want: roleWise(allowed, forbidden, forbidden), call: func(f *fixture, r role) error {
			// Making team B's rep a manager's: a manager may not reach them, a rep no one.
			u, err := f.set.Users.User(tctx, f.rep2.ID)
			if err != nil {
				return err
			}
			return second(f.users.Update(auth.UserInput{ID: u.ID, Name: u.Name, Login: u.Login, Role: u.Role, Level: auth.LevelSenior,
				ManagerID: u.ManagerID, Active: true, HireDate: u.HireDate, Version: u.Version}))
		}},

		"System.About":        {want: every(public), call: func(f *fixture, r role) error { return second(f.system.About()) }},
		"System.OpenPath":     {want: every(allowed), skip: "launches the system's viewer; open_test covers which paths it takes"},
		"System.ShowInFolder": {want: every(allowed), skip: "launches the file manager; open_test covers which paths it takes"},
	}
}
