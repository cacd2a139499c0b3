package customer

import (
	"context"
	"slices"
	"testing"
)

const listsCSV = `客户名称,类型,阶段,来源,电话
甲公司,企业,潜在客户,ＲＥＦＥＲＲＡＬ,021-5555 0001
乙公司,Company,复购,直播带货,021-5555 0002
丙公司,机器人,成交,直播带货,021-5555 0003
丁公司,,,Website,021-5555 0004
`

func TestImportKeepsRowsWhoseListValuesAreUnknown(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	sum, err := w.svc.Import(ctx, w.rep, csvTable(t, listsCSV), ImportOptions{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// a rep may not add to the list: 直播带货 is kept in a note, twice; 复购
	// is no stage to start in and 机器人 no kind, both noted too
	if sum.Created != 4 || len(sum.Rejected) != 0 || sum.Noted != 4 || sum.Added != 0 || sum.Mapped != 6 {
		t.Fatalf("summary = %+v", sum)
	}
	byName := w.importedByName(ctx)
	if c := byName["甲公司"]; c.Source != "referral" || c.Stage != StageProspect || c.Notes != "" {
		t.Fatalf("甲 = %+v", c)
	}
	if c := byName["乙公司"]; c.Source != "" || c.Stage != StageLead || c.Notes != "阶段：复购\n来源：直播带货" {
		t.Fatalf("乙 = source %q stage %s notes %q", c.Source, c.Stage, c.Notes)
	}
	if c := byName["丙公司"]; c.Kind != KindCompany || c.Stage != StageCustomer || c.Notes != "客户类型：机器人\n来源：直播带货" {
		t.Fatalf("丙 = kind %s stage %s notes %q", c.Kind, c.Stage, c.Notes)
	}
	if c := byName["丁公司"]; c.Source != "website" {
		t.Fatalf("丁 = %+v", c)
	}
	// importing the same file again changes nothing
	again, err := w.svc.Import(ctx, w.rep, csvTable(t, listsCSV), ImportOptions{}, nil)
	if err != nil || again.Unchanged != 4 {
		t.Fatalf("again = %+v, %v", again, err)
	}
}

func TestTheOwnersImportAddsUnknownSources(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	sum, err := w.svc.Import(ctx, w.owner, csvTable(t, listsCSV), ImportOptions{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Created != 4 || sum.Added != 1 || sum.Noted != 2 {
		t.Fatalf("summary = %+v", sum)
	}
	st, _ := w.svc.Settings(ctx)
	if !slices.Equal(st.CustomSources, []string{"直播带货"}) {
		t.Fatalf("added sources = %v", st.CustomSources)
	}
	byName := w.importedByName(ctx)
	if byName["乙公司"].Source != "直播带货" || byName["丙公司"].Source != "直播带货" {
		t.Fatalf("sources = %q %q", byName["乙公司"].Source, byName["丙公司"].Source)
	}
	// once added, the form and other imports may use it, folded the same way
	c := w.create(w.rep, CustomerInput{Name: "戊公司", Source: "直播带货"})
	if c.Source != "直播带货" {
		t.Fatalf("form source = %q", c.Source)
	}
	sum, err = w.svc.Import(ctx, w.rep, csvTable(t, "客户名称,来源\n己公司, 直播带货 \n"), ImportOptions{}, nil)
	if err != nil || sum.Created != 1 || sum.Noted != 0 || w.importedByName(ctx)["己公司"].Source != "直播带货" {
		t.Fatalf("a rep's import of an added source = %+v, %v", sum, err)
	}
	if _, err := w.svc.CreateCustomer(ctx, w.rep, CustomerInput{Kind: KindCompany, Name: "庚", Source: "电视购物"}); fieldCode(err, "source") != "validation.invalidSource" {
		t.Fatalf("a source not on the list = %v", err)
	}
}

func TestImportedStagesCountAsSetByHand(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	if _, err := w.svc.Import(ctx, w.rep, csvTable(t, "客户名称,阶段\n老客户,成交\n"), ImportOptions{}, nil); err != nil {
		t.Fatal(err)
	}
	c := w.importedByName(ctx)["老客户"]
	page, err := w.svc.Timeline(ctx, w.rep, c.ID, 10, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range page.Entries {
		if e.Kind == "stage" && (e.Stage.Reason != "import" || e.Stage.Automatic) {
			t.Fatalf("imported stage entry = %+v", e.Stage)
		}
	}
}

// importedByName reads every customer the owner sees, by name.
func (w *world) importedByName(ctx context.Context) map[string]Customer {
	w.t.Helper()
	var ids []string
	rows, err := w.db.Read().QueryContext(ctx, `SELECT id FROM customers WHERE deleted_at IS NULL`)
	if err != nil {
		w.t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			w.t.Fatal(err)
		}
		ids = append(ids, id)
	}
	out := map[string]Customer{}
	for _, id := range ids {
		c := w.get(id)
		out[c.Name] = c
	}
	return out
}
