package store

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// The crash test runs a writer in a child process (this test binary, started
// again with crashWriterEnv set) and kills it with SIGKILL at random moments:
// while it opens the file, in the middle of transactions, during automatic
// checkpoints. The writer reports each transaction on stdout only after its
// commit returned; after every kill the file must pass SQLite's full
// integrity check and hold every reported transaction, whole.

const (
	crashWriterEnv = "STEADY_CRASH_WRITER" // the database the child writes to
	crashRunEnv    = "STEADY_CRASH_RUN"    // which run the child is, for its keys
	crashRows      = 3                     // rows each transaction inserts
)

func TestMain(m *testing.M) {
	if path := os.Getenv(crashWriterEnv); path != "" {
		os.Exit(crashWriter(path, os.Getenv(crashRunEnv)))
	}
	os.Exit(m.Run())
}

// crashWriter writes until it is killed: each transaction drops earlier runs'
// rows now and then (keeping the file small), inserts crashRows rows of
// random length and moves a counter row to its number, then reports it.
func crashWriter(path, run string) int {
	ctx := context.Background()
	db, err := Open(ctx, path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "writer: open:", err)
		return 1
	}
	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	out := bufio.NewWriterSize(os.Stdout, 64)
	for i := 0; ; i++ {
		err := db.Tx(ctx, func(tx *sql.Tx) error { return crashTx(tx, run, i, r) })
		if err != nil {
			fmt.Fprintln(os.Stderr, "writer:", err)
			return 1
		}
		fmt.Fprintln(out, i)
		if err := out.Flush(); err != nil { // the parent reads this only once the commit returned
			return 1
		}
	}
}

func crashTx(tx *sql.Tx, run string, i int, r *rand.Rand) error {
	if i%50 == 0 {
		if _, err := tx.Exec(`DELETE FROM device_prefs WHERE key LIKE 'crash-%' AND key NOT LIKE ?`, "crash-"+run+"-%"); err != nil {
			return err
		}
	}
	for k := range crashRows {
		value := strings.Repeat("写", 1+r.IntN(1500)) // up to 4.5 KB: the log fills and checkpoints
		if _, err := tx.Exec(`INSERT INTO device_prefs(key, value) VALUES (?, ?)`, fmt.Sprintf("crash-%s-%d-%d", run, i, k), value); err != nil {
			return err
		}
	}
	_, err := tx.Exec(`INSERT INTO device_prefs(key, value) VALUES ('crash-counter', ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, run+":"+strconv.Itoa(i))
	return err
}

func TestWriterKilledAtRandomMomentsLosesNoCommit(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a writer 100 times")
	}
	path := tempPath(t)
	db, err := Open(context.Background(), path) // migrations once, outside the kills
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 11))
	committed := 0
	for run := range 100 {
		// Half the kills come at any moment from the start (opening included),
		// half while the writer is known to be writing.
		delay, writing := time.Duration(r.IntN(250))*time.Millisecond, run%2 == 1
		if writing {
			delay = time.Duration(r.IntN(60)) * time.Millisecond
		}
		reported := killWriterAfter(t, path, run, delay, writing)
		committed += len(reported)
		checkAfterKill(t, path, run, reported)
		if t.Failed() {
			t.Fatalf("run %d, killed after %v", run, delay)
		}
	}
	if committed < 100 {
		t.Fatalf("only %d transactions were reported committed in 100 runs: the kills came too early to test anything", committed)
	}
	t.Logf("%d transactions reported committed across 100 kills", committed)
}

// killWriterAfter starts a writer, kills it after delay (counted from its
// first reported commit when writing) and returns the transactions it
// reported committed.
func killWriterAfter(t *testing.T, path string, run int, delay time.Duration, writing bool) []int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), crashWriterEnv+"="+path, crashRunEnv+"="+strconv.Itoa(run))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var reported []int
	var wg sync.WaitGroup
	first := make(chan struct{}, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(first) // also when the writer died without a commit
		lines := bufio.NewScanner(stdout)
		for lines.Scan() {
			if n, err := strconv.Atoi(lines.Text()); err == nil {
				if len(reported) == 0 {
					first <- struct{}{}
				}
				reported = append(reported, n)
			}
		}
	}()
	if writing {
		select {
		case <-first:
		case <-time.After(20 * time.Second):
			t.Errorf("run %d: the writer reported no commit in 20 s", run)
		}
	}
	time.Sleep(delay)
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	wg.Wait()      // everything the writer wrote before it died
	_ = cmd.Wait() // "signal: killed" is the point
	if stderr.Len() > 0 {
		t.Errorf("run %d: the writer failed before it was killed: %s", run, stderr.String())
	}
	return reported
}

// checkAfterKill opens the file as the next start would see it: it must pass
// the full integrity check and hold every reported transaction whole, and
// no transaction partly.
func checkAfterKill(t *testing.T, path string, run int, reported []int) {
	t.Helper()
	ctx := context.Background()
	report, err := Check(ctx, path, true)
	if err != nil || report.Err() != nil {
		t.Fatalf("run %d: check = %+v, %v", run, report, err)
	}
	rows := map[int]int{}
	for key := range countPrefs(t, path) {
		var r, i, k int
		if n, _ := fmt.Sscanf(key, "crash-%d-%d-%d", &r, &i, &k); n == 3 && r == run {
			rows[i]++
		}
	}
	for i, n := range rows {
		if n != crashRows {
			t.Errorf("run %d: transaction %d has %d of its %d rows", run, i, n, crashRows)
		}
	}
	if last := lastCounter(t, path, run); last >= 0 && rows[last] != crashRows {
		t.Errorf("run %d: the counter names transaction %d, whose rows are not there", run, last)
	}
	for _, i := range reported {
		if rows[i] != crashRows {
			t.Errorf("run %d: transaction %d was reported committed but is not there", run, i)
		}
	}
}

// lastCounter is the transaction the counter row names, -1 when it names
// another run's.
func lastCounter(t *testing.T, path string, run int) int {
	t.Helper()
	conn, err := sql.Open("sqlite3", fileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var v string
	if err := conn.QueryRow(`SELECT value FROM device_prefs WHERE key = 'crash-counter'`).Scan(&v); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return -1
		}
		t.Fatal(err)
	}
	var r, i int
	if n, _ := fmt.Sscanf(v, "%d:%d", &r, &i); n != 2 || r != run {
		return -1
	}
	return i
}
