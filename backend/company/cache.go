package company

import (
	"runtime"
	"sync"
	"weak"

	"steady/backend/store"
)

// The profile changes a few times a year and is read on every list, page
// and export (the time zone above all), so each process keeps it per
// database once read. Every write to the company row through this package
// forgets it once committed; another writer calls Forget (a restore opens
// a new database, so it needs nothing; sync will).

// cached is one database's profile as last read.
type cached struct {
	mu       sync.Mutex
	settings *Settings // nil until read, and after Forget
	gen      int       // counts Forget calls: a read begun before one is not kept
}

// caches maps a weak pointer to the database to its cache; the entry goes
// with the database.
var caches sync.Map

func cacheOf(db *store.DB) *cached {
	key := weak.Make(db)
	if c, ok := caches.Load(key); ok {
		return c.(*cached)
	}
	c, loaded := caches.LoadOrStore(key, &cached{})
	if !loaded {
		runtime.AddCleanup(db, func(k weak.Pointer[store.DB]) { caches.Delete(k) }, key)
	}
	return c.(*cached)
}

// Forget drops what this process knows of db's company profile; the next
// read goes to the database.
func Forget(db *store.DB) {
	c := cacheOf(db)
	c.mu.Lock()
	c.settings = nil
	c.gen++
	c.mu.Unlock()
}

// get returns the kept profile, or the generation a read should pass to put.
func (c *cached) get() (Settings, int, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.settings == nil {
		return Settings{}, c.gen, false
	}
	return *c.settings, c.gen, true
}

// put keeps s unless the profile was forgotten since the read began.
func (c *cached) put(s Settings, gen int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen == gen {
		c.settings = &s
	}
}
