package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"steady/backend/auth"
	"steady/backend/customer"
)

func (f *fixture) cust(id string) customer.Customer {
	f.t.Helper()
	k, err := f.set.Customers.Customer(tctx, f.actor(asOwner), id)
	f.must(err)
	return k
}

func (f *fixture) freshCustomer(owner auth.Actor) customer.Customer {
	return f.cust(f.newCustomer(owner, fmt.Sprintf("临时客户%d", time.Now().UnixNano())))
}

func (f *fixture) freshPool() string {
	k := f.freshCustomer(f.actor(asOwner))
	f.must(f.set.Customers.Release(tctx, f.actor(asOwner), k.ID, k.Version, "公海"))
	return k.ID
}

func (f *fixture) activity(by auth.Actor, customerID string) customer.Activity {
	f.t.Helper()
	a, err := f.set.Customers.LogActivity(tctx, by, customer.ActivityInput{CustomerID: customerID, Kind: customer.ActivityKinds()[0],
		At: "2026-11-27T01:00:00Z", Summary: "电话沟通需求"})
	f.must(err)
	return a
}

// importFile writes a small customer CSV and returns its path.
func (f *fixture) importFile() string {
	path := filepath.Join(f.dir, fmt.Sprintf("import-%d.csv", time.Now().UnixNano()))
	f.must(os.WriteFile(path, []byte("客户名称,联系人,手机\n无锡新达机电有限公司,王磊,13912345678\n"), 0o600))
	return f.offer(path)
}

func customerRows() map[string]row {
	mine := func(f *fixture, r role) auth.Actor { return f.holder(r) }
	return map[string]row{
		"Customers.Choices": {want: every(public), call: func(f *fixture, r role) error { f.customers.Choices(); return nil }},
		"Customers.List": {want: every(scoped), call: func(f *fixture, r role) error {
			page, err := f.customers.List(customer.ListQuery{Limit: 200})
			if err != nil {
				return err
			}
			return leaks(r, ids(page.Items, func(c customer.CustomerRow) string { return c.ID }), []string{f.custRep2}, f.custRep, f.pool)
		}},
		"Customers.Search": {want: every(scoped), call: func(f *fixture, r role) error {
			hits, err := f.customers.Search("恒信", 20)
			if err != nil {
				return err
			}
			return leaks(r, ids(hits, func(h customer.SearchHit) string { return h.CustomerID }), []string{f.custRep2})
		}},
		"Customers.Get": {want: every(scoped), call: func(f *fixture, r role) error {
			return scopedPair(r, func() error { return second(f.customers.Get(f.custRep)) },
				func() error { return second(f.customers.Get(f.custRep2)) })
		}},
		"Customers.Create": {want: every(allowed), call: func(f *fixture, r role) error {
			return second(f.customers.Create(customer.CustomerInput{Kind: customer.KindCompany, Name: "常州新客户" + r.String(),
				Source: customer.Sources()[0], Contacts: []customer.ContactInput{{Name: "刘洋", Primary: true}}}))
		}},
		"Customers.Update": {want: every(scoped), call: func(f *fixture, r role) error {
			update := func(id string) error {
				in := inputOfCustomer(f.cust(id))
				in.City = "杭州"
				return second(f.customers.Update(in))
			}
			return scopedPair(r, func() error { return update(f.custRep) }, func() error { return update(f.custRep2) })
		}},
		"Customers.Delete": {want: roleWise(allowed, scoped, forbidden), call: func(f *fixture, r role) error {
			own, other := f.freshCustomer(mine(f, r)), f.freshCustomer(f.rep2.Actor())
			f.ready()
			return scopedPair(r, func() error { return f.customers.Delete(own.ID, own.Version) },
				func() error { return f.customers.Delete(other.ID, other.Version) })
		}},
		"Customers.AddContact": {want: every(scoped), call: func(f *fixture, r role) error {
			add := func(id string) error {
				return second(f.customers.AddContact(id, customer.ContactInput{Name: "陈涛"}))
			}
			return scopedPair(r, func() error { return add(f.custRep) }, func() error { return add(f.custRep2) })
		}},
		"Customers.UpdateContact": {want: every(scoped), call: func(f *fixture, r role) error {
			update := func(id string) error {
				c := f.cust(id).Contacts[0]
				return second(f.customers.UpdateContact(customer.ContactInput{ID: c.ID, CustomerID: id, Name: c.Name, Title: "采购经理",
					Phone: c.Phone, Primary: c.Primary, Version: c.Version}))
			}
			return scopedPair(r, func() error { return update(f.custRep) }, func() error { return update(f.custRep2) })
		}},
		"Customers.DeleteContact": {want: every(scoped), call: func(f *fixture, r role) error {
			extra := func(id string) customer.Contact {
				c, err := f.set.Customers.AddContact(tctx, f.actor(asOwner), id, customer.ContactInput{Name: "临时联系人"})
				f.must(err)
				return c
			}
			own, other := extra(f.custRep), extra(f.custRep2)
			f.ready()
			return scopedPair(r, func() error { return f.customers.DeleteContact(own.ID, own.Version) },
				func() error { return f.customers.DeleteContact(other.ID, other.Version) })
		}},
		"Customers.LogActivity": {want: every(scoped), call: func(f *fixture, r role) error {
			log := func(id string) error {
				return second(f.customers.LogActivity(customer.ActivityInput{CustomerID: id, Kind: customer.ActivityKinds()[0],
					At: "2026-11-27T01:00:00Z", Summary: "上门拜访"}))
			}
			return scopedPair(r, func() error { return log(f.custRep) }, func() error { return log(f.custRep2) })
		}},
		"Customers.UpdateActivity": {want: every(scoped), call: func(f *fixture, r role) error {
			own, other := f.activity(f.actor(r), f.custRep), f.activity(f.rep2.Actor(), f.custRep2)
			f.ready()
			update := func(a customer.Activity) error {
				return second(f.customers.UpdateActivity(customer.ActivityInput{ID: a.ID, CustomerID: a.CustomerID, Kind: a.Kind,
					At: a.At, Summary: "改过的记录", Version: a.Version}))
			}
			return scopedPair(r, func() error { return update(own) }, func() error { return update(other) })
		}},
		"Customers.DeleteActivity": {want: every(scoped), call: func(f *fixture, r role) error {
			own, other := f.activity(f.actor(r), f.custRep), f.activity(f.rep2.Actor(), f.custRep2)
			f.ready()
			return scopedPair(r, func() error { return f.customers.DeleteActivity(own.ID, own.Version) },
				func() error { return f.customers.DeleteActivity(other.ID, other.Version) })
		}},
		"Customers.Timeline": {want: every(scoped), call: func(f *fixture, r role) error {
			return scopedPair(r, func() error { return second(f.customers.Timeline(f.custRep, 20, "")) },
				func() error { return second(f.customers.Timeline(f.custRep2, 20, "")) })
		}},
		"Customers.ChangeStage": {want: every(scoped), call: func(f *fixture, r role) error {
			move := func(id string) error {
				k := f.cust(id)
				to := customer.StageProspect
				if k.Stage == to {
					to = customer.StageLead
				}
				return second(f.customers.ChangeStage(id, k.Version, to, "电话确认有需求"))
			}
			return scopedPair(r, func() error { return move(f.custRep) }, func() error { return move(f.custRep2) })
		}},
		"Customers.Claim": {want: every(allowed), call: func(f *fixture, r role) error {
			pool := f.freshPool()
			f.ready()
			if _, err := f.customers.Claim(pool); err != nil {
				return err
			}
			if f.signedIn() && errKind(second(f.customers.Claim(f.custRep2))) != "forbidden" {
				return errors.New("claimed a customer someone holds")
			}
			return nil
		}},
		"Customers.Assign": {want: roleWise(allowed, scoped, forbidden), call: func(f *fixture, r role) error {
			own, other := f.cust(f.freshPool()), f.freshCustomer(f.rep2.Actor())
			f.ready()
			return scopedPair(r,
				func() error {
					return f.customers.Assign([]customer.CustomerRef{{ID: own.ID, Version: own.Version}}, f.people[asRep].ID, "分配")
				},
				func() error { // team B's customer, taken for team A
					return f.customers.Assign([]customer.CustomerRef{{ID: other.ID, Version: other.Version}}, f.people[asRep].ID, "分配")
				})
		}},
		"Customers.Release": {want: every(scoped), call: func(f *fixture, r role) error {
			own, other := f.freshCustomer(mine(f, r)), f.freshCustomer(f.rep2.Actor())
			f.ready()
			return scopedPair(r, func() error { return f.customers.Release(own.ID, own.Version, "不再跟进") },
				func() error { return f.customers.Release(other.ID, other.Version, "不再跟进") })
		}},
		"Customers.Today":    {want: every(allowed), call: func(f *fixture, r role) error { return second(f.customers.Today()) }},
		"Customers.Settings": {want: every(allowed), call: func(f *fixture, r role) error { return second(f.customers.Settings()) }},
		"Customers.SaveSettings": {want: roleWise(allowed, forbidden, forbidden), call: func(f *fixture, r role) error {
			s, err := f.set.Customers.Settings(tctx)
			if err != nil {
				return err
			}
			s.ClaimLimitPerDay++
			return second(f.customers.SaveSettings(s))
		}},

		"CustomerFiles.PickImportFile": {want: every(allowed), call: func(f *fixture, r role) error {
			return f.withDialogs(func() error { return second(f.files.PickImportFile()) })
		}},
		"CustomerFiles.Preview": {want: every(allowed), call: func(f *fixture, r role) error {
			path := f.importFile()
			return second(f.files.Preview(path, nil))
		}},
		"CustomerFiles.Import": {want: every(allowed), call: func(f *fixture, r role) error {
			path := f.importFile()
			return second(f.files.Import(path, customer.ImportOptions{}))
		}},
		"CustomerFiles.SaveRejected": {want: every(allowed), call: func(f *fixture, r role) error {
			path := f.importFile()
			return f.withDialogs(func() error {
				return second(f.files.SaveRejected(path, []customer.RowError{{Line: 2, Field: "name", Code: "validation.required"}}, "zh-CN"))
			})
		}},
		"CustomerFiles.Export": {want: every(scoped), call: func(f *fixture, r role) error {
			if !f.signedIn() { // refused before the dialog
				return second(f.files.Export(customer.ListQuery{}, "zh-CN"))
			}
			// The bound method needs a window for its progress events: the
			// export it writes is the service's, as the actor sees it.
			text, err := f.exportedCustomers(f.actor(r))
			if err != nil {
				return err
			}
			return leaks(r, text, []string{"苏州恒信工业设备有限公司"}, "杭州明远智能科技有限公司")
		}},
		"CustomerFiles.CancelExport": {want: every(public), call: func(f *fixture, r role) error { f.files.CancelExport(); return nil }},
		"CustomerFiles.CancelImport": {want: every(public), call: func(f *fixture, r role) error { f.files.CancelImport(); return nil }},
		"CustomerFiles.Duplicates": {want: every(scoped), call: func(f *fixture, r role) error {
			f.newCustomer(f.actor(asOwner), "苏州恒信工业设备有限公司") // team B's customer entered twice
			f.ready()
			pairs, err := f.files.Duplicates(50)
			if err != nil {
				return err
			}
			var got []string
			for _, p := range pairs {
				got = append(got, p.A.ID, p.B.ID)
			}
			return leaks(r, got, []string{f.custRep2})
		}},
		"CustomerFiles.DismissDuplicate": {want: every(scoped), call: func(f *fixture, r role) error {
			a, b := f.freshCustomer(f.holder(r)), f.freshCustomer(f.holder(r))
			x, y := f.freshCustomer(f.rep2.Actor()), f.freshCustomer(f.rep2.Actor())
			f.ready()
			return scopedPair(r, func() error { return f.files.DismissDuplicate(a.ID, b.ID) },
				func() error { return f.files.DismissDuplicate(x.ID, y.ID) })
		}},
		"CustomerFiles.Merge": {want: roleWise(allowed, scoped, forbidden), call: func(f *fixture, r role) error {
			keep, drop := f.freshCustomer(f.holder(r)), f.freshCustomer(f.holder(r))
			keep2, drop2 := f.freshCustomer(f.rep2.Actor()), f.freshCustomer(f.rep2.Actor())
			f.ready()
			merge := func(k, d customer.Customer) error {
				return second(f.files.Merge(customer.MergeInput{KeepID: k.ID, KeepVersion: k.Version, DropID: d.ID, DropVersion: d.Version}))
			}
			return scopedPair(r, func() error { return merge(keep, drop) }, func() error { return merge(keep2, drop2) })
		}},
		"CustomerFiles.MergedInto": {want: every(scoped), call: func(f *fixture, r role) error {
			fold := func(owner auth.Actor) string {
				keep, drop := f.freshCustomer(owner), f.freshCustomer(owner)
				_, err := f.set.Customers.Merge(tctx, f.actor(asOwner), customer.MergeInput{KeepID: keep.ID, KeepVersion: keep.Version,
					DropID: drop.ID, DropVersion: drop.Version})
				f.must(err)
				return drop.ID
			}
			own, other := fold(f.holder(r)), fold(f.rep2.Actor())
			f.ready()
			return scopedPair(r, func() error { return second(f.files.MergedInto(own)) },
				func() error { return second(f.files.MergedInto(other)) })
		}},
	}
}
