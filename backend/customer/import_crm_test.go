package customer

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"steady/backend/auth"
)

// crmFile reads a fixture export of another CRM as the import reads an upload.
func crmFile(t *testing.T, name string) ImportTable {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tbl, err := ReadImportFile(name, f)
	if err != nil {
		t.Fatal(err)
	}
	return tbl
}

// customersByName reads every live customer, with its notes, by name.
func customersByName(t *testing.T, w *world) map[string]Customer {
	t.Helper()
	rows, err := w.db.Read().Query(`SELECT ` + customerColumns + customerFrom)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]Customer{}
	for rows.Next() {
		c, err := scanCustomer(rows)
		if err != nil {
			t.Fatal(err)
		}
		out[c.Name] = c
	}
	return out
}

// importCRM previews and imports a fixture as actor with the guessed
// mapping, as the wizard does when nobody touches the mapping.
func importCRM(t *testing.T, w *world, actor auth.Actor, name string) (ImportPreview, ImportSummary) {
	t.Helper()
	ctx := context.Background()
	tbl := crmFile(t, name)
	p, err := w.svc.PreviewImport(ctx, actor, tbl, nil, 20)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := w.svc.Import(ctx, actor, tbl, ImportOptions{Mapping: p.Mapping}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return p, sum
}

func TestZohoAccountsImportWithNothingMappedByHand(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	p, sum := importCRM(t, w, w.owner, "zoho_accounts.csv")
	want := []string{"owner", "name", "phone", "website", "level", "industry", "", "address", "city", "region", "zip",
		"country", "notes", "createdAt"}
	if p.CRM != "zoho" || !slices.Equal(p.Mapping, want) || !slices.Equal(p.Ignored, []string{"Annual Revenue"}) {
		t.Fatalf("preview: crm %q mapping %q ignored %q", p.CRM, p.Mapping, p.Ignored)
	}
	if !slices.Contains(p.Rows[1].Notes, "原负责人：Jane Doe") || p.Rows[1].Action != "create" {
		t.Fatalf("the preview should say Jane Doe is kept in a note: %+v", p.Rows[1])
	}
	if sum.Created != 3 || sum.OwnerUnknown != 1 || len(sum.Rejected) != 0 {
		t.Fatalf("summary = %+v (%s)", sum, rejectedAt(sum))
	}
	got := customersByName(t, w)
	hz := got["Hangzhou Mingyuan Tech"]
	if hz.OwnerID != w.rep.ID || hz.Stage != StageCustomer || hz.City != "Hangzhou" || hz.Region != "Zhejiang" ||
		hz.Country != "China" || hz.Address != "90 Wensan Road 310012" || hz.Website != "www.mingyuan.cn" ||
		hz.Industry != "Manufacturing" || hz.Notes != "Met at the Canton Fair\n原系统创建时间：2024-03-05 10:12:00" {
		t.Fatalf("Hangzhou Mingyuan = %+v", hz)
	}
	acme := got["Acme Supplies"]
	if acme.OwnerID != w.owner.ID || acme.Stage != StageProspect || acme.City != "San Francisco" ||
		acme.Notes != "原负责人：Jane Doe\n原系统创建时间：2023-11-20 09:00:00" {
		t.Fatalf("Acme (owner no user has) = %+v", acme)
	}
	if b := got["Borealis Partners"]; b.OwnerID != w.rep2.ID || b.Stage != StageLead || !slices.Equal(b.Tags, []string{"Partner"}) {
		t.Fatalf("Borealis (a type with no stage of its own becomes a tag) = %+v", b)
	}

	// the same export again changes nothing: no note twice, no tag twice
	_, again := importCRM(t, w, w.owner, "zoho_accounts.csv")
	if again.Unchanged != 3 || again.Created != 0 || again.Updated != 0 || again.OwnerUnknown != 0 {
		t.Fatalf("second import = %+v", again)
	}
}

// A manager may hand customers only to their team: a Salesforce export
// naming a rep of another team refuses that row rather than landing it
// with someone the manager cannot assign; a name no user has is theirs.
func TestSalesforceAccountsImportedByAManagerStayInTheTeam(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	p, sum := importCRM(t, w, w.manager, "salesforce_accounts.csv")
	if p.CRM != "salesforce" || len(p.Ignored) != 0 {
		t.Fatalf("preview: crm %q ignored %q mapping %q", p.CRM, p.Ignored, p.Mapping)
	}
	if sum.Created != 3 || sum.OwnerUnknown != 1 || rejectedAt(sum) != "3:owner:validation.ownerOutsideTeam" {
		t.Fatalf("summary = %+v (%s)", sum, rejectedAt(sum))
	}
	got := customersByName(t, w)
	if _, ok := got["Edge Communications"]; ok {
		t.Fatal("the row owned by a rep of another team landed")
	}
	uos := got["United Oil & Gas Corp."]
	if uos.OwnerID != w.rep.ID || uos.Stage != StageCustomer || uos.City != "New York" || uos.Region != "NY" ||
		uos.Address != "1301 Avenue of the Americas 10019" || uos.Website != "http://www.uos.com" ||
		uos.Notes != "World's third largest oil and gas company, since 1902" {
		t.Fatalf("United Oil = %+v", uos)
	}
	if b := got["Burlington Textiles Corp of America"]; b.OwnerID != w.manager.ID || b.Stage != StageProspect ||
		b.Notes != "原负责人：Marc Benioff" || b.City != "Burlington" {
		t.Fatalf("Burlington = %+v", b)
	}
	if g := got["GenePoint"]; g.OwnerID != w.manager.ID || !slices.Equal(g.Tags, []string{"Other"}) {
		t.Fatalf("GenePoint (the manager's own) = %+v", g)
	}
}

// A rep may not give customers to anyone: a HubSpot export naming a
// colleague refuses that row (the rep cannot take the colleague's customer
// either); the rep's own rows and rows naming nobody known are theirs.
func TestHubSpotCompaniesImportedByARepGiveNothingAway(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	p, sum := importCRM(t, w, w.rep, "hubspot_companies.xlsx")
	if p.CRM != "hubspot" || !slices.Equal(p.Ignored, []string{"Record ID"}) {
		t.Fatalf("preview: crm %q ignored %q mapping %q", p.CRM, p.Ignored, p.Mapping)
	}
	if p.Rows[1].Action != "reject" || p.Rows[1].Problem.Code != "validation.ownerOutsideTeam" {
		t.Fatalf("the preview should refuse the colleague's row: %+v", p.Rows[1])
	}
	if sum.Created != 2 || sum.OwnerUnknown != 1 || rejectedAt(sum) != "3:owner:validation.ownerOutsideTeam" {
		t.Fatalf("summary = %+v (%s)", sum, rejectedAt(sum))
	}
	got := customersByName(t, w)
	nw, fab := got["Northwind Traders"], got["Fabrikam Inc"]
	if nw.OwnerID != w.rep.ID || nw.City != "Seattle" || nw.Region != "Washington" || nw.Country != "United States" ||
		nw.Website != "northwind.example" || nw.Notes != "原系统创建时间：2024-01-15 08:30" {
		t.Fatalf("Northwind = %+v", nw)
	}
	if fab.OwnerID != w.rep.ID || fab.Notes != "原负责人：Sam Hub" {
		t.Fatalf("Fabrikam = %+v", fab)
	}
	for _, c := range got {
		if c.OwnerID != w.rep.ID {
			t.Fatalf("%s went to %s", c.Name, c.OwnerID)
		}
	}
}

func TestFxiaokeCustomersInGBKLandInTheAddressFields(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	p, sum := importCRM(t, w, w.owner, "fxiaoke_customers_gbk.csv")
	if p.Encoding != "gb18030" || p.CRM != "fxiaoke" || len(p.Ignored) != 0 {
		t.Fatalf("preview: encoding %q crm %q ignored %q mapping %q", p.Encoding, p.CRM, p.Ignored, p.Mapping)
	}
	if sum.Created != 3 || sum.OwnerUnknown != 1 || len(sum.Rejected) != 0 {
		t.Fatalf("summary = %+v (%s)", sum, rejectedAt(sum))
	}
	got := customersByName(t, w)
	hd := got["宁波海曙恒达五金有限公司"]
	if hd.OwnerID != w.rep2.ID || hd.Country != "中国" || hd.Region != "浙江省" || hd.City != "宁波市" ||
		hd.Address != "海曙区药行街 88 号" || hd.Source != "exhibition" || hd.Website != "www.hengda-hw.cn" ||
		!slices.Equal(hd.Tags, []string{"A类"}) || hd.Notes != "年底有采购计划\n原系统创建时间：2023-06-01 09:30" {
		t.Fatalf("恒达 (district already in the address, level A as a tag) = %+v", hd)
	}
	oy := got["温州瓯越鞋业有限公司"]
	if oy.OwnerID != w.owner.ID || oy.Stage != StageCustomer || oy.Address != "鹿城区人民路 12 号" ||
		oy.Source != "referral" || !strings.HasPrefix(oy.Notes, "原负责人：刘备") {
		t.Fatalf("瓯越 (an owner no user has, 成交客户 as the stage) = %+v", oy)
	}
	jc := got["绍兴柯桥锦程纺织有限公司"]
	if jc.OwnerID != w.rep.ID || len(jc.Tags) != 0 || !strings.Contains(jc.Notes, "客户级别：重要客户（年采购额五十万元以上的长期合作伙伴）") {
		t.Fatalf("锦程 (a level too long for a tag goes to the notes) = %+v", jc)
	}
}

func TestHeaderVariantsOfOtherCRMs(t *testing.T) {
	t.Parallel()
	cases := map[string]string{
		"Account Owner": "owner", "ACCOUNT_OWNER": "owner", "Company owner": "owner", "负责人": "owner",
		"Billing State/Province": "region", "billing state": "region", "State/Region": "region", "省": "region",
		"Billing Zip/Postal Code": "zip", "Billing Code": "zip", "邮编": "zip", "Postal Code": "zip",
		"Website URL": "website", "Website": "website", "网址": "website", "官网": "website",
		"Account Type": "level", "Type": "level", "客户级别": "level", "类型": "kind",
		"区": "district", "详细地址": "address", "Billing Street": "address", "Country/Region": "country",
		"Created Time": "createdAt", "Create Date": "createdAt", "创建时间": "createdAt",
		"Description": "notes", "备注": "notes", "Annual Revenue": "", "Record ID": "",
	}
	for header, want := range cases {
		if got := GuessMapping([]string{header})[0]; got != want {
			t.Errorf("%q maps to %q, want %q", header, got, want)
		}
	}
}
