package app

import (
	"context"
	"path/filepath"
	"testing"

	"steady/backend/prefs"
	"steady/backend/store/storetest"
)

func TestWindowReopensWhereItWas(t *testing.T) {
	db := storetest.Open(t)
	p, err := prefs.New(context.Background(), db, prefs.OpenDevice(filepath.Join(t.TempDir(), "device.json")))
	if err != nil {
		t.Fatal(err)
	}
	core := &Core{DB: db, Prefs: p}
	w := NewWindow(core)
	if g := w.Saved(); g.Width != DefaultWidth || g.Height != DefaultHeight || g.Placed {
		t.Fatalf("first start = %+v, want the default size, unplaced", g)
	}
	cases := []struct {
		stored string
		want   Geometry
	}{
		{`{"width":1400,"height":900,"x":40,"y":30,"placed":true}`, Geometry{Width: 1400, Height: 900, X: 40, Y: 30, Placed: true}},
		{`{"width":300,"height":200,"placed":true}`, Geometry{Width: DefaultWidth, Height: DefaultHeight}},
		{`not json`, Geometry{Width: DefaultWidth, Height: DefaultHeight}},
	}
	for _, c := range cases {
		if err := core.Prefs.Set(context.Background(), prefs.Window, c.stored); err != nil {
			t.Fatal(err)
		}
		if got := w.Saved(); got != c.want {
			t.Errorf("stored %s: got %+v, want %+v", c.stored, got, c.want)
		}
	}
}
