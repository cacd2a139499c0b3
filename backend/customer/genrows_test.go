package customer

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"steady/backend/pinyin"
	"steady/backend/store"
)

var (
	genSurnames = []string{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
		"郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "曾", "彭", "萧", "蔡"}
	genGiven = []string{"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
		"明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "玉", "辉", "鹏", "晨", "宇", "欣", "三", "丰"}
	genCities = []string{"杭州", "苏州", "成都", "广州", "上海", "北京", "深圳", "南京", "武汉", "重庆", "西安", "长沙",
		"厦门", "宁波", "青岛", "合肥", "郑州", "天津", "无锡", "佛山"}
	genWords = []string{"明远", "恒信", "蓉锦", "粤海", "华通", "鑫达", "宏图", "金桥", "新元", "瑞丰", "天成", "博雅",
		"中联", "远大", "安泰", "凯旋", "永盛", "汇通", "嘉禾", "东方"}
	genTrades = []string{"智能科技", "工业设备", "办公用品", "包装材料", "贸易", "电子", "机械", "建材", "食品", "物流",
		"医疗器械", "化工", "纺织", "家具", "信息技术"}
	genTags  = []string{"重点", "展会", "老客户", "价格敏感", "大单", "转介绍", "待回款", "VIP"}
	genKinds = []string{ActivityCall, ActivityVisit, ActivityEmail, ActivityWeChat, ActivityMeeting, ActivityNote}
)

func genPerson(r *rand.Rand) string {
	name := genSurnames[r.IntN(len(genSurnames))] + genGiven[r.IntN(len(genGiven))]
	if r.IntN(10) < 7 {
		name += genGiven[r.IntN(len(genGiven))]
	}
	return name
}

func genCompany(r *rand.Rand) string {
	return genCities[r.IntN(len(genCities))] + genWords[r.IntN(len(genWords))] + genTrades[r.IntN(len(genTrades))] + "有限公司"
}

func genMobile(r *rand.Rand) string {
	return fmt.Sprintf("1%d%d %04d %04d", 3+r.IntN(6), r.IntN(10), r.IntN(10000), r.IntN(10000))
}

// genCustomer is one generated customer with what the activities need.
type genCustomer struct {
	id, owner string
}

const genStart = "2024-01-01T00:00:00.000Z"

// genCustomers inserts the customers, their contacts, first history rows
// and search documents in one transaction.
func genCustomers(ctx context.Context, db *store.DB, r *rand.Rand, reps []string) ([]genCustomer, error) {
	out := make([]genCustomer, 0, benchCustomers)
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		ins, err := prepareAll(ctx, tx,
			`INSERT INTO customers(id, kind, name, name_pinyin, name_initials, owner_id, owned_since, stage, segment,
				source, city, country, phone, phone_norm, email, tags, created_by, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '中国', ?, ?, ?, ?, ?, ?, ?)`,
			`INSERT INTO contacts(id, customer_id, name, name_pinyin, name_initials, phone, phone_norm, birthday,
				birthday_md, is_primary, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			`INSERT INTO customer_tags(tag, customer_id, holder) VALUES (?, ?, ?)`,
			`INSERT INTO customer_owner_history(id, customer_id, at, actor_id, action, to_owner_id) VALUES (?, ?, ?, ?, 'create', ?)`)
		if err != nil {
			return err
		}
		defer closeAll(ins)
		w, err := newIndexWriter(ctx, tx)
		if err != nil {
			return err
		}
		defer w.Close()
		base, _ := time.Parse(time.RFC3339, genStart)
		for i := 0; i < benchCustomers; i++ {
			c, err := genOne(ctx, ins, w, r, reps, base.Add(time.Duration(i)*15*time.Minute))
			if err != nil {
				return err
			}
			out = append(out, c)
		}
		return nil
	})
	return out, err
}

func genOne(ctx context.Context, ins []*sql.Stmt, w *indexWriter, r *rand.Rand, reps []string, created time.Time) (genCustomer, error) {
	c := genCustomer{id: store.NewID(), owner: reps[r.IntN(len(reps))]}
	if r.IntN(100) < 15 {
		c.owner = "" // in the pool
	}
	kind, name := KindCompany, genCompany(r)
	if r.IntN(10) < 4 {
		kind, name = KindPerson, genPerson(r)
	}
	phone, email := genMobile(r), ""
	if r.IntN(3) == 0 {
		email = fmt.Sprintf("user%d@example%d.cn", r.IntN(1_000_000), r.IntN(100))
	}
	tag := genTags[r.IntN(len(genTags))]
	syl := pinyin.Syllables(name)
	at := store.FormatTime(created)
	stage, segment := Stages()[r.IntN(6)], Segments()[r.IntN(4)]
	_, err := ins[0].ExecContext(ctx, c.id, kind, name, pinyin.Join(syl), pinyin.Initials(syl), nullable(c.owner), at,
		stage, segment, Sources()[r.IntN(len(Sources()))], genCities[r.IntN(len(genCities))], phone,
		NormalizePhone(phone), email, `["`+tag+`"]`, reps[0], at, at)
	if err != nil {
		return c, err
	}
	if _, err := ins[2].ExecContext(ctx, tag, c.id, c.owner); err != nil {
		return c, err
	}
	if _, err := ins[3].ExecContext(ctx, store.NewID(), c.id, at, reps[0], nullable(c.owner)); err != nil {
		return c, err
	}
	if err := w.add(ctx, c.id, "", docFor(c.owner, name, phone, email, "")); err != nil {
		return c, err
	}
	if kind == KindCompany {
		return c, genContacts(ctx, ins[1], w, r, c, at)
	}
	return c, nil
}

func genContacts(ctx context.Context, ins *sql.Stmt, w *indexWriter, r *rand.Rand, c genCustomer, at string) error {
	for k := 0; k < 1+r.IntN(3); k++ {
		id, name, phone := store.NewID(), genPerson(r), genMobile(r)
		md := fmt.Sprintf("%02d-%02d", 1+r.IntN(12), 1+r.IntN(28))
		syl := pinyin.Syllables(name)
		if _, err := ins.ExecContext(ctx, id, c.id, name, pinyin.Join(syl), pinyin.Initials(syl), phone,
			NormalizePhone(phone), md, md, k == 0, at, at); err != nil {
			return err
		}
		if err := w.add(ctx, c.id, id, docFor(c.owner, name, phone, "", "")); err != nil {
			return err
		}
	}
	return nil
}

func prepareAll(ctx context.Context, tx *sql.Tx, queries ...string) ([]*sql.Stmt, error) {
	var out []*sql.Stmt
	for _, q := range queries {
		st, err := tx.PrepareContext(ctx, q)
		if err != nil {
			closeAll(out)
			return nil, err
		}
		out = append(out, st)
	}
	return out, nil
}

func closeAll(stmts []*sql.Stmt) {
	for _, s := range stmts {
		s.Close()
	}
}

// genActivities inserts the activities in transactions of 250,000, one
// customer getting benchHeavy of them, and sets each customer's last contact.
func genActivities(ctx context.Context, db *store.DB, r *rand.Rand, reps []string, customers []genCustomer) error {
	base, _ := time.Parse(time.RFC3339, genStart)
	const perTx = 250_000
	for done := 0; done < benchActivities; done += perTx {
		err := db.Tx(ctx, func(tx *sql.Tx) error {
			ins, err := tx.PrepareContext(ctx, `INSERT INTO activities(id, customer_id, kind, at, user_id, summary,
				outcome, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '', ?, ?)`)
			if err != nil {
				return err
			}
			defer ins.Close()
			for i := done; i < done+perTx; i++ {
				c := customers[r.IntN(len(customers))]
				if i < benchHeavy {
					c = customers[42]
				}
				at := store.FormatTime(base.Add(time.Duration(r.IntN(3*365*24*60)) * time.Minute))
				summary := strings.Repeat("沟通采购需求，", 1+r.IntN(3))
				if _, err := ins.ExecContext(ctx, store.NewID(), c.id, genKinds[r.IntN(len(genKinds))], at,
					reps[r.IntN(len(reps))], summary, at, at); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE customers SET last_contact_at = coalesce((SELECT max(at) FROM activities a
			WHERE a.customer_id = customers.id AND a.deleted_at IS NULL AND a.kind <> 'note'), '')`)
		return err
	})
}
