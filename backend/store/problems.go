package store

import (
	"errors"

	"github.com/mattn/go-sqlite3"
)

// Problem is what SQLite refused, worded for people: what happened and
// what to do. Code is the i18n key the app sends (the frontend's locale
// files hold the same texts, checked by a test); the command line prints
// Text. One mapping serves both, so neither shows "database is locked".
type Problem struct {
	Code string
	zh   string
	en   string
}

// Text is the problem in lang ("en", else Chinese).
func (p Problem) Text(lang string) string {
	if lang == "en" {
		return p.en
	}
	return p.zh
}

// The problems SQLite reports that a person can act on.
var (
	ProblemBusy = Problem{"errors.store.busy",
		"另一个程序正在写入公司数据文件（通常是另一个 Steady 窗口或命令行正在导入），这次没有保存任何内容。请等它完成后再试一次。",
		"Another program is writing to the company database (usually an import in another Steady window or at the command line), so nothing was saved. Wait until it finishes and try again."}
	ProblemDiskFull = Problem{"errors.store.diskFull",
		"公司数据文件所在的磁盘已满，这次没有保存任何内容。请清理一些空间（例如清空回收站、删除不用的大文件）后再试。",
		"The disk holding the company database is full, so nothing was saved. Free some space (empty the trash, remove large files you no longer need) and try again."}
	ProblemReadOnly = Problem{"errors.store.readOnly",
		"无法写入公司数据文件：文件或所在文件夹是只读的（或位于写保护的磁盘上），这次没有保存任何内容。请检查它的权限，或把它移到可以写入的文件夹。",
		"The company database cannot be written: the file or its folder is read-only (or on a write-protected drive), so nothing was saved. Check its permissions, or move it to a folder you can write to."}
	ProblemDamaged = Problem{"errors.store.damaged",
		"公司数据文件已损坏（文件结构异常）。请不要继续在其中录入，并从最新的备份恢复；运行 steady check 可查看详情。",
		"The company database is damaged (its structure is broken). Stop entering data in it and restore the newest backup; `steady check` shows the details."}
	ProblemIO = Problem{"errors.store.io",
		"读写公司数据文件时出错（磁盘或网络驱动器故障），这次没有保存任何内容。请检查磁盘或网络连接后再试。",
		"The company database could not be read or written (a disk or network drive error), so nothing was saved. Check the drive or the network and try again."}
)

// Problems lists every problem, for the tests of their texts.
func Problems() []Problem {
	return []Problem{ProblemBusy, ProblemDiskFull, ProblemReadOnly, ProblemDamaged, ProblemIO}
}

// ProblemOf finds what SQLite refused in err by its result code; ok is
// false when err holds no SQLite error a person can act on.
func ProblemOf(err error) (Problem, bool) {
	var se sqlite3.Error
	if !errors.As(err, &se) {
		var pe *sqlite3.Error
		if !errors.As(err, &pe) || pe == nil {
			return Problem{}, false
		}
		se = *pe
	}
	switch se.Code {
	case sqlite3.ErrBusy, sqlite3.ErrLocked:
		return ProblemBusy, true
	case sqlite3.ErrFull:
		return ProblemDiskFull, true
	case sqlite3.ErrReadonly, sqlite3.ErrPerm:
		return ProblemReadOnly, true
	case sqlite3.ErrCorrupt, sqlite3.ErrNotADB:
		return ProblemDamaged, true
	case sqlite3.ErrIoErr, sqlite3.ErrCantOpen:
		return ProblemIO, true
	}
	return Problem{}, false
}
