// Steady: routine sales management for small businesses, offline first.
// With a subcommand the binary runs headless (see backend/cli); otherwise it
// opens the desktop window.
package main

import (
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"time"
	_ "time/tzdata" // time zones work on Windows machines without a zone database

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"

	"steady/app"
	"steady/backend/backups"
	"steady/backend/cli"
	"steady/backend/logfile"
	"steady/backend/prefs"
	"steady/backend/services"
	"steady/backend/store"
)

//go:embed all:frontend/dist
var assets embed.FS

func main() {
	args := os.Args[1:]
	if cli.IsCommand(args) {
		os.Exit(cli.Run(context.Background(), cli.Env{Stdout: os.Stdout, Stderr: os.Stderr, Version: app.Version}, args))
	}
	dbFlag, err := cli.ParseDesktopFlags(args)
	if err != nil {
		fmt.Fprintf(os.Stderr, "steady: %v\n", err)
		cli.Usage(os.Stderr)
		os.Exit(2)
	}
	if err := runDesktop(dbFlag); err != nil {
		fmt.Fprintf(os.Stderr, "steady: %v\n", err)
		os.Exit(1)
	}
}

// runDesktop opens the database, wires the services and runs the window.
// A database that cannot be opened still gets a window, which explains why.
func runDesktop(dbFlag string) error {
	path, err := store.ResolvePath(dbFlag)
	if err != nil {
		return err
	}
	dataDir := filepath.Dir(path)
	log, logFile, logPath := logfile.Open(dataDir)
	defer logFile.Close()
	core := &app.Core{Log: log, Version: app.Version, DataDir: dataDir, DBPath: path, LogPath: logPath}
	core.SetLanguage(savedLanguage(log, path))
	menu := app.NewMenu(core)
	session := app.NewSession(core, menu)
	window := app.NewWindow(core)
	device, err := deviceFile()
	if err != nil {
		return err
	}
	core.Backups = backups.New(path, device, app.Now, time.Local)
	core.Reopen = func() { core.OpenErr = nil; openDatabase(core, path, device) }
	// The database opens in OnStartup, not here: `wails generate` runs this
	// function to read the bound types and must not create a database.
	jobs, stopJobs := context.WithCancel(context.Background())
	core.Opening() // bound calls and the window wait for the open below
	startup := func(ctx context.Context) {
		core.Startup(ctx)
		openDatabase(core, path, device)
		core.Opened()
		go core.RunDailyJobs(jobs)
		go core.AutoBackup(jobs)
	}
	shutdown := func(context.Context) {
		stopJobs()
		core.QuitBackup()
		if core.DB != nil {
			core.DB.Close()
		}
	}
	return wails.Run(&options.App{
		Title:              "Steady",
		Width:              app.DefaultWidth,
		Height:             app.DefaultHeight,
		MinWidth:           app.MinWidth,
		MinHeight:          app.MinHeight,
		StartHidden:        true,
		BackgroundColour:   &options.RGBA{R: 245, G: 246, B: 248, A: 255},
		AssetServer:        &assetserver.Options{Assets: assets},
		Menu:               menu.Build(),
		OnStartup:          startup,
		OnShutdown:         shutdown,
		OnDomReady:         window.OnDomReady,
		OnBeforeClose:      window.OnBeforeClose,
		SingleInstanceLock: &options.SingleInstanceLock{UniqueId: instanceID(path), OnSecondInstanceLaunch: window.OnSecondInstance},
		Linux:              &linux.Options{ProgramName: "steady", WebviewGpuPolicy: linux.WebviewGpuPolicyNever},
		Bind: []any{
			session,
			app.NewCompany(core, session),
			app.NewUsers(core, session),
			app.NewSystem(core, session),
			app.NewTraining(core, session),
			app.NewCustomers(core, session),
			app.NewCustomerFiles(core, session),
			app.NewQuotes(core, session),
			app.NewCatalog(core, session),
			app.NewSearch(core, session),
			app.NewSales(core, session),
			app.NewAppraisal(core, session),
			app.NewServiceDesk(core, session),
			app.NewBackups(core, session),
			app.NewInbox(core, session),
		},
	})
}

func openDatabase(core *app.Core, path string, device *prefs.Device) {
	db, err := store.Open(context.Background(), path)
	if err != nil {
		core.Log.Error("open database", "path", path, "err", err)
		core.OpenErr = err
		return
	}
	core.DB = db
	db.OnWriteWait(core.WriteWaiting) // a save waiting on a long import says so
	if core.Prefs, err = prefs.New(context.Background(), db, device); err != nil {
		core.Log.Error("device preferences", "err", err)
		core.OpenErr = err
		return
	}
	set := services.New(db, app.Now, services.DeviceCodes(core.Prefs.DeviceCodes())) // this computer's quote-number code
	core.Users, core.Company, core.Training = set.Users, set.Company, set.Training
	core.Customers, core.Quotes, core.Catalog, core.Sales = set.Customers, set.Quotes, set.Catalog, set.Sales
	core.Appraisal, core.Service, core.Inbox = set.Appraisal, set.Service, set.Inbox
}

// deviceFile is this computer's own file in the user's config folder:
// secrets and the backups' settings, which never travel with the data.
// One value is shared by everything that writes it.
func deviceFile() (*prefs.Device, error) {
	path, err := prefs.DevicePath()
	if err != nil {
		return nil, err
	}
	return prefs.OpenDevice(path), nil
}

// savedLanguage is the language chosen last time ("" follows the system),
// read before the database opens so that the native menu is built in it:
// on Linux the menu cannot be relabelled once the window runs.
func savedLanguage(log *slog.Logger, path string) string {
	lang, err := prefs.PeekFile(context.Background(), path, prefs.Language)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		log.Warn("could not read the saved language before start", "err", err)
	}
	return lang
}

// instanceID is one lock per database file: a second launch on the same
// data focuses the running window; another company's file may run beside it.
func instanceID(dbPath string) string {
	sum := sha256.Sum256([]byte(dbPath))
	return "com.steady.app." + hex.EncodeToString(sum[:6])
}
