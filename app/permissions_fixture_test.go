package app

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
	"unsafe"

	"github.com/wailsapp/wails/v2/pkg/menu"
	"github.com/wailsapp/wails/v2/pkg/options"
	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"
	"golang.org/x/crypto/bcrypt"

	"steady/backend/appraisal"
	"steady/backend/auth"
	"steady/backend/backups"
	"steady/backend/catalog"
	"steady/backend/customer"
	"steady/backend/prefs"
	"steady/backend/quote"
	"steady/backend/sales"
	"steady/backend/services"
	"steady/backend/setup"
	"steady/backend/store/storetest"
	"steady/backend/training"
)

var tctx = context.Background()

// fixture is a small company on a real database, wired as main wires it:
// the owner; 王芳 managing 李强 (team A); 陈静 managing 赵敏 (team B). Each
// rep holds a customer with a deal and a quote; one customer waits in the
// pool; the catalog has a product with cost and floor; team A has a course,
// a session and a role-play. The bound types are built as main builds them.
type fixture struct {
	t       *testing.T
	dir     string
	core    *Core
	set     *services.Set
	session *Session
	bound   []any
	watch   bool   // the call under test must change nothing
	mark    string // the database's fingerprint before it
	phones  int    // the next customer's phone number

	company     *Company
	users       *Users
	system      *System
	training    *Training
	customers   *Customers
	files       *CustomerFiles
	quotes      *Quotes
	catalog     *Catalog
	search      *Search
	sales       *Sales
	appraisal   *Appraisal
	backups     *Backups
	serviceDesk *ServiceDesk
	inbox       *Inbox

	people              [3]auth.User // by role: owner, manager (team A), rep (team A)
	manager2, rep2      auth.User    // team B
	custRep, custRep2   string       // each rep's customer
	pool                string       // a customer in the pool
	dealRep, dealRep2   sales.Deal
	quoteRep, quoteRep2 quote.Quote
	product             catalog.Product
	course              training.Course
	sessionA            training.Session
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	db := storetest.Open(t)
	set := services.New(db, storetest.NewClock().Now, services.HashCost(bcrypt.MinCost))
	device := prefs.OpenDevice(filepath.Join(t.TempDir(), "device.json"))
	p, err := prefs.New(tctx, db, device)
	if err != nil {
		t.Fatal(err)
	}
	core := &Core{DB: db, Prefs: p, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Version: Version,
		DataDir: filepath.Dir(db.Path()), DBPath: db.Path(), LogPath: filepath.Join(t.TempDir(), "steady.log")}
	core.Users, core.Company, core.Training = set.Users, set.Company, set.Training
	core.Customers, core.Quotes, core.Catalog, core.Sales = set.Customers, set.Quotes, set.Catalog, set.Sales
	core.Appraisal, core.Service, core.Inbox = set.Appraisal, set.Service, set.Inbox
	core.Backups = backups.New(db.Path(), device, time.Now, time.UTC)
	f := &fixture{t: t, dir: t.TempDir(), core: core, set: set}
	f.session = NewSession(core, NewMenu(core))
	f.company, f.users, f.system = NewCompany(core, f.session), NewUsers(core, f.session), NewSystem(core, f.session)
	f.training, f.customers, f.files = NewTraining(core, f.session), NewCustomers(core, f.session), NewCustomerFiles(core, f.session)
	f.quotes, f.catalog, f.sales = NewQuotes(core, f.session), NewCatalog(core, f.session), NewSales(core, f.session)
	f.appraisal, f.backups, f.serviceDesk = NewAppraisal(core, f.session), NewBackups(core, f.session), NewServiceDesk(core, f.session)
	f.bound = []any{f.session, f.company, f.users, f.system, f.training, f.customers, f.files, f.quotes, f.catalog, f.sales,
		f.appraisal, f.backups, f.serviceDesk}
	f.search = NewSearch(core, f.session)
	f.bound = append(f.bound, f.search)
	f.inbox = NewInbox(core, f.session)
	f.bound = append(f.bound, f.inbox)
	f.fill()
	return f
}

func (f *fixture) must(err error) {
	f.t.Helper()
	if err != nil {
		f.t.Fatal(err)
	}
}

func (f *fixture) fill() {
	res, err := setup.Run(tctx, f.core.DB, f.set.Users, f.set.Company,
		setup.Input{CompanyName: "上海示例贸易有限公司", OwnerName: "周明远", Login: "owner", Password: "steady-pass"})
	f.must(err)
	owner, err := f.set.Users.User(tctx, res.OwnerID)
	f.must(err)
	f.people[asOwner] = owner
	f.people[asManager] = f.addUser("王芳", "manager", auth.RoleManager, auth.LevelSenior, "")
	f.people[asRep] = f.addUser("李强", "rep", auth.RoleRep, auth.LevelJunior, f.people[asManager].ID)
	f.manager2 = f.addUser("陈静", "manager2", auth.RoleManager, auth.LevelSenior, "")
	f.rep2 = f.addUser("赵敏", "rep2", auth.RoleRep, auth.LevelJunior, f.manager2.ID)
	rep, rep2 := f.people[asRep].Actor(), f.rep2.Actor()
	f.custRep = f.newCustomer(rep, "杭州明远智能科技有限公司")
	f.custRep2 = f.newCustomer(rep2, "苏州恒信工业设备有限公司")
	f.pool = f.newCustomer(f.actor(asOwner), "南京远大贸易有限公司")
	k, err := f.set.Customers.Customer(tctx, f.actor(asOwner), f.pool)
	f.must(err)
	if k.OwnerID != "" {
		f.must(f.set.Customers.Release(tctx, f.actor(asOwner), f.pool, k.Version, "公海"))
	}
	f.product, err = f.set.Catalog.CreateProduct(tctx, f.actor(asOwner), catalog.ProductInput{SKU: "LP-4200", NameZh: "激光打印机",
		NameEn: "Laser printer", Unit: "台", Currency: "CNY", ListPriceMinor: 3_299_00, CostMinor: 1_777_77,
		FloorPriceMinor: 2_888_88, TaxRateBP: 1300, Active: true})
	f.must(err)
	f.dealRep, f.quoteRep = f.dealAndQuote(rep, f.custRep)
	f.dealRep2, f.quoteRep2 = f.dealAndQuote(rep2, f.custRep2)
	_, err = f.set.Quotes.SetDiscountLimit(tctx, f.actor(asOwner), quote.DiscountLimit{Scope: "user", Subject: f.rep2.ID, MaxDiscountBP: 2500})
	f.must(err)
	f.must(f.core.Backups.SetFolder(filepath.Join(f.dir, "backups")))
	f.course, err = f.set.Training.CreateCourse(tctx, f.actor(asManager), training.CourseInput{Title: "产品基础知识",
		Kind: training.KindProductKnowledge, Level: auth.LevelJunior, Minutes: 90})
	f.must(err)
	f.sessionA = f.newSession(f.actor(asManager))
	_, err = f.set.Appraisal.SaveTemplate(tctx, f.actor(asOwner), appraisal.StandardTemplate("zh-CN"))
	f.must(err)
}

func (f *fixture) addUser(name, login, role, level, managerID string) auth.User {
	f.t.Helper()
	u, err := f.set.Users.CreateUser(tctx, f.actor(asOwner), auth.UserInput{Name: name, Login: login, Password: "steady-pass",
		Role: role, Level: level, ManagerID: managerID, Active: true, HireDate: "2026-01-05"})
	f.must(err)
	return u
}

func (f *fixture) actor(r role) auth.Actor { return f.people[r].Actor() }

// holder is the user whose records r works on: the rep for a rep, the rep of
// the team for a manager and the owner.
func (f *fixture) holder(r role) auth.Actor { return f.actor(asRep) }

func (f *fixture) newCustomer(owner auth.Actor, name string) string {
	f.t.Helper()
	k, err := f.set.Customers.CreateCustomer(tctx, owner, customer.CustomerInput{Kind: customer.KindCompany, Name: name,
		Source: customer.Sources()[0], AllowDuplicate: true, Contacts: []customer.ContactInput{{Name: "张伟", Primary: true, Phone: fmt.Sprintf("1380013%04d", f.phones)}}})
	f.phones++
	f.must(err)
	return k.ID
}

func (f *fixture) dealAndQuote(rep auth.Actor, customerID string) (sales.Deal, quote.Quote) {
	f.t.Helper()
	d, err := f.set.Sales.CreateDeal(tctx, rep, sales.DealInput{CustomerID: customerID, Title: "打印机采购", AmountMinor: 6_598_00})
	f.must(err)
	q, err := f.set.Quotes.Create(tctx, rep, f.quoteInput(customerID, d.ID))
	f.must(err)
	return d, q
}

// quoteInput is two printers from the catalog at a price under the floor.
func (f *fixture) quoteInput(customerID, dealID string) quote.Input {
	return quote.Input{CustomerID: customerID, CustomerName: "客户", DealID: dealID, TaxIncluded: true,
		Lines: []quote.LineInput{{ProductID: f.product.ID, QtyMilli: 2000, UnitPriceMinor: 2_500_00, TaxRateBP: 1300}}}
}

func (f *fixture) newSession(coach auth.Actor) training.Session {
	f.t.Helper()
	s, err := f.set.Training.CreateSession(tctx, coach, training.SessionInput{CourseID: f.course.ID, HeldOn: "2026-11-26",
		TrainerID: coach.ID, Mode: training.ModeOnSite, Location: "三楼会议室", InviteeIDs: []string{f.people[asRep].ID}})
	f.must(err)
	return s
}

// offer registers path as a file the person chose in a native dialog, as
// the dialogs the test cannot drive would. The register of offered paths
// is being added to Core as this is written; it is reached by its method
// so that the table runs with and without it (then call f.core.paths.add).
func (f *fixture) offer(path string) string {
	field := reflect.ValueOf(f.core).Elem().FieldByName("paths")
	if field.IsValid() {
		known := reflect.NewAt(field.Type(), unsafe.Pointer(field.UnsafeAddr())).Interface()
		if k, ok := known.(interface{ add(string) }); ok {
			k.add(path)
		}
	}
	return path
}

func (f *fixture) signIn(r role) { f.session.signIn(f.people[r]) }

func (f *fixture) signOut() {
	f.session.mu.Lock()
	f.session.user = nil
	f.session.mu.Unlock()
}

func (f *fixture) signedIn() bool { return f.session.current() != nil }

// withDialogs runs call with a window whose save dialog answers with a new
// file in the fixture's folder (and "no" to replacing one) and whose open
// dialog is cancelled. Progress events need the real window: methods that
// send them are called without one.
func (f *fixture) withDialogs(call func() error) error {
	f.core.Startup(context.WithValue(tctx, "frontend", &fakeWindow{dir: f.dir}))
	defer f.core.Startup(nil)
	return call()
}

// fakeWindow is the part of Wails' frontend the dialogs use; the rest does nothing.
type fakeWindow struct {
	dir string
	n   int
}

func (w *fakeWindow) SaveFileDialog(o wruntime.SaveDialogOptions) (string, error) {
	w.n++
	dir := filepath.Join(w.dir, "saved", string(rune('a'+w.n%26))+filepath.Base(os.TempDir()))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	return filepath.Join(dir, o.DefaultFilename), nil
}
func (w *fakeWindow) OpenFileDialog(wruntime.OpenDialogOptions) (string, error) { return "", nil }
func (w *fakeWindow) OpenMultipleFilesDialog(wruntime.OpenDialogOptions) ([]string, error) {
	return nil, nil
}
func (w *fakeWindow) OpenDirectoryDialog(wruntime.OpenDialogOptions) (string, error) { return "", nil }
func (w *fakeWindow) MessageDialog(wruntime.MessageDialogOptions) (string, error)    { return "No", nil }
func (w *fakeWindow) Run(context.Context) error                                      { return nil }
func (w *fakeWindow) RunMainLoop()                                                   {}
func (w *fakeWindow) ExecJS(string)                                                  {}
func (w *fakeWindow) Hide()                                                          {}
func (w *fakeWindow) Show()                                                          {}
func (w *fakeWindow) Quit()                                                          {}
func (w *fakeWindow) WindowSetTitle(string)                                          {}
func (w *fakeWindow) WindowShow()                                                    {}
func (w *fakeWindow) WindowHide()                                                    {}
func (w *fakeWindow) WindowCenter()                                                  {}
func (w *fakeWindow) WindowToggleMaximise()                                          {}
func (w *fakeWindow) WindowMaximise()                                                {}
func (w *fakeWindow) WindowUnmaximise()                                              {}
func (w *fakeWindow) WindowMinimise()                                                {}
func (w *fakeWindow) WindowUnminimise()                                              {}
func (w *fakeWindow) WindowSetAlwaysOnTop(bool)                                      {}
func (w *fakeWindow) WindowSetPosition(int, int)                                     {}
func (w *fakeWindow) WindowGetPosition() (int, int)                                  { return 0, 0 }
func (w *fakeWindow) WindowSetSize(int, int)                                         {}
func (w *fakeWindow) WindowGetSize() (int, int)                                      { return 0, 0 }
func (w *fakeWindow) WindowSetMinSize(int, int)                                      {}
func (w *fakeWindow) WindowSetMaxSize(int, int)                                      {}
func (w *fakeWindow) WindowFullscreen()                                              {}
func (w *fakeWindow) WindowUnfullscreen()                                            {}
func (w *fakeWindow) WindowSetBackgroundColour(*options.RGBA)                        {}
func (w *fakeWindow) WindowReload()                                                  {}
func (w *fakeWindow) WindowReloadApp()                                               {}
func (w *fakeWindow) WindowSetSystemDefaultTheme()                                   {}
func (w *fakeWindow) WindowSetLightTheme()                                           {}
func (w *fakeWindow) WindowSetDarkTheme()                                            {}
func (w *fakeWindow) WindowIsMaximised() bool                                        { return false }
func (w *fakeWindow) WindowIsMinimised() bool                                        { return false }
func (w *fakeWindow) WindowIsNormal() bool                                           { return true }
func (w *fakeWindow) WindowIsFullscreen() bool                                       { return false }
func (w *fakeWindow) WindowClose()                                                   {}
func (w *fakeWindow) WindowPrint()                                                   {}
func (w *fakeWindow) ScreenGetAll() ([]wruntime.Screen, error)                       { return nil, nil }
func (w *fakeWindow) MenuSetApplicationMenu(*menu.Menu)                              {}
func (w *fakeWindow) MenuUpdateApplicationMenu()                                     {}
func (w *fakeWindow) Notify(string, ...interface{})                                  {}
func (w *fakeWindow) BrowserOpenURL(string)                                          {}
func (w *fakeWindow) ClipboardGetText() (string, error)                              { return "", nil }
func (w *fakeWindow) ClipboardSetText(string) error                                  { return nil }
