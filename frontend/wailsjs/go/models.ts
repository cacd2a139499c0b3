export namespace app {
	
	export class About {
	    version: string;
	    dataDir: string;
	    dbPath: string;
	    logPath: string;
	    schemaVersion: number;
	
	    static createFrom(source: any = {}) {
	        return new About(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.version = source["version"];
	        this.dataDir = source["dataDir"];
	        this.dbPath = source["dbPath"];
	        this.logPath = source["logPath"];
	        this.schemaVersion = source["schemaVersion"];
	    }
	}
	export class Choices {
	    stages: string[];
	    segments: string[];
	    sources: string[];
	    activityKinds: string[];
	
	    static createFrom(source: any = {}) {
	        return new Choices(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stages = source["stages"];
	        this.segments = source["segments"];
	        this.sources = source["sources"];
	        this.activityKinds = source["activityKinds"];
	    }
	}
	export class DamagedOffer {
	    found: boolean;
	    preview: backups.Preview;
	
	    static createFrom(source: any = {}) {
	        return new DamagedOffer(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.found = source["found"];
	        this.preview = this.convertValues(source["preview"], backups.Preview);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ExportAllResult {
	    path: string;
	    summary: exportall.Summary;
	    cancelled: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ExportAllResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.summary = this.convertValues(source["summary"], exportall.Summary);
	        this.cancelled = source["cancelled"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ExportResult {
	    path: string;
	    rows: number;
	    cancelled: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ExportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.rows = source["rows"];
	        this.cancelled = source["cancelled"];
	    }
	}
	export class LoginInput {
	    login: string;
	    password: string;
	    remember: boolean;
	
	    static createFrom(source: any = {}) {
	        return new LoginInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.login = source["login"];
	        this.password = source["password"];
	        this.remember = source["remember"];
	    }
	}
	export class SetupInput {
	    companyName: string;
	    ownerName: string;
	    login: string;
	    password: string;
	    language: string;
	
	    static createFrom(source: any = {}) {
	        return new SetupInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.companyName = source["companyName"];
	        this.ownerName = source["ownerName"];
	        this.login = source["login"];
	        this.password = source["password"];
	        this.language = source["language"];
	    }
	}
	export class Status {
	    needsSetup: boolean;
	    user?: auth.User;
	    language: string;
	    theme: string;
	    startupError: string;
	    version: string;
	    dataDir: string;
	    dbPath: string;
	    locked: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Status(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.needsSetup = source["needsSetup"];
	        this.user = this.convertValues(source["user"], auth.User);
	        this.language = source["language"];
	        this.theme = source["theme"];
	        this.startupError = source["startupError"];
	        this.version = source["version"];
	        this.dataDir = source["dataDir"];
	        this.dbPath = source["dbPath"];
	        this.locked = source["locked"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace appraisal {
	
	export class Drift {
	    code: string;
	    name: string;
	    finalised?: number;
	    now?: number;
	
	    static createFrom(source: any = {}) {
	        return new Drift(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.name = source["name"];
	        this.finalised = source["finalised"];
	        this.now = source["now"];
	    }
	}
	export class Proration {
	    workingDays: number;
	    ofDays: number;
	
	    static createFrom(source: any = {}) {
	        return new Proration(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.workingDays = source["workingDays"];
	        this.ofDays = source["ofDays"];
	    }
	}
	export class Step {
	    minBp: number;
	    points: number;
	
	    static createFrom(source: any = {}) {
	        return new Step(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.minBp = source["minBp"];
	        this.points = source["points"];
	    }
	}
	export class Result {
	    id: string;
	    code: string;
	    name: string;
	    weight: number;
	    rule: string;
	    capBp: number;
	    targetBp: number;
	    steps: Step[];
	    rubric: string[];
	    unit: string;
	    target?: number;
	    fullTarget?: number;
	    actual?: number;
	    completionBp?: number;
	    points?: number;
	    weightBp: number;
	    noData: string;
	    counts: Record<string, number>;
	
	    static createFrom(source: any = {}) {
	        return new Result(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.code = source["code"];
	        this.name = source["name"];
	        this.weight = source["weight"];
	        this.rule = source["rule"];
	        this.capBp = source["capBp"];
	        this.targetBp = source["targetBp"];
	        this.steps = this.convertValues(source["steps"], Step);
	        this.rubric = source["rubric"];
	        this.unit = source["unit"];
	        this.target = source["target"];
	        this.fullTarget = source["fullTarget"];
	        this.actual = source["actual"];
	        this.completionBp = source["completionBp"];
	        this.points = source["points"];
	        this.weightBp = source["weightBp"];
	        this.noData = source["noData"];
	        this.counts = source["counts"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Appraisal {
	    id: string;
	    userId: string;
	    userName: string;
	    login: string;
	    level: string;
	    hireDate: string;
	    managerId: string;
	    month: string;
	    templateId: string;
	    templateName: string;
	    status: string;
	    results: Result[];
	    proration?: Proration;
	    total?: number;
	    grade: string;
	    // Go type: time
	    computedAt: any;
	    manualScores: Record<string, number>;
	    selfAssessment: string;
	    managerComment: string;
	    reviewerName: string;
	    finalisedBy: string;
	    // Go type: time
	    finalisedAt?: any;
	    version: number;
	    drift: Drift[];
	
	    static createFrom(source: any = {}) {
	        return new Appraisal(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.userId = source["userId"];
	        this.userName = source["userName"];
	        this.login = source["login"];
	        this.level = source["level"];
	        this.hireDate = source["hireDate"];
	        this.managerId = source["managerId"];
	        this.month = source["month"];
	        this.templateId = source["templateId"];
	        this.templateName = source["templateName"];
	        this.status = source["status"];
	        this.results = this.convertValues(source["results"], Result);
	        this.proration = this.convertValues(source["proration"], Proration);
	        this.total = source["total"];
	        this.grade = source["grade"];
	        this.computedAt = this.convertValues(source["computedAt"], null);
	        this.manualScores = source["manualScores"];
	        this.selfAssessment = source["selfAssessment"];
	        this.managerComment = source["managerComment"];
	        this.reviewerName = source["reviewerName"];
	        this.finalisedBy = source["finalisedBy"];
	        this.finalisedAt = this.convertValues(source["finalisedAt"], null);
	        this.version = source["version"];
	        this.drift = this.convertValues(source["drift"], Drift);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class EvidenceRow {
	    kind: string;
	    id: string;
	    parentId: string;
	    title: string;
	    titleEn: string;
	    detail: string;
	    at: string;
	    doneAt: string;
	    amountMinor?: number;
	    currency: string;
	    state: string;
	    originalMinor?: number;
	    originalCurrency: string;
	    rateMicro: number;
	    rateMonth: string;
	
	    static createFrom(source: any = {}) {
	        return new EvidenceRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.id = source["id"];
	        this.parentId = source["parentId"];
	        this.title = source["title"];
	        this.titleEn = source["titleEn"];
	        this.detail = source["detail"];
	        this.at = source["at"];
	        this.doneAt = source["doneAt"];
	        this.amountMinor = source["amountMinor"];
	        this.currency = source["currency"];
	        this.state = source["state"];
	        this.originalMinor = source["originalMinor"];
	        this.originalCurrency = source["originalCurrency"];
	        this.rateMicro = source["rateMicro"];
	        this.rateMonth = source["rateMonth"];
	    }
	}
	export class Generated {
	    month: string;
	    computed: number;
	    final: number;
	    noTemplate: string[];
	
	    static createFrom(source: any = {}) {
	        return new Generated(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.computed = source["computed"];
	        this.final = source["final"];
	        this.noTemplate = source["noTemplate"];
	    }
	}
	export class HistoryPoint {
	    month: string;
	    status: string;
	    total?: number;
	    grade: string;
	    points: Record<string, number>;
	    metrics: string[];
	
	    static createFrom(source: any = {}) {
	        return new HistoryPoint(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.status = source["status"];
	        this.total = source["total"];
	        this.grade = source["grade"];
	        this.points = source["points"];
	        this.metrics = source["metrics"];
	    }
	}
	export class Metric {
	    id: string;
	    code: string;
	    name: string;
	    weight: number;
	    rule: string;
	    capBp: number;
	    targetBp: number;
	    steps: Step[];
	    rubric: string[];
	
	    static createFrom(source: any = {}) {
	        return new Metric(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.code = source["code"];
	        this.name = source["name"];
	        this.weight = source["weight"];
	        this.rule = source["rule"];
	        this.capBp = source["capBp"];
	        this.targetBp = source["targetBp"];
	        this.steps = this.convertValues(source["steps"], Step);
	        this.rubric = source["rubric"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class Report {
	    month: string;
	    userIds: string[];
	    summary: boolean;
	    lang: string;
	
	    static createFrom(source: any = {}) {
	        return new Report(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.userIds = source["userIds"];
	        this.summary = source["summary"];
	        this.lang = source["lang"];
	    }
	}
	
	export class ReviewInput {
	    manualScores: Record<string, number>;
	    comment: string;
	
	    static createFrom(source: any = {}) {
	        return new ReviewInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.manualScores = source["manualScores"];
	        this.comment = source["comment"];
	    }
	}
	
	export class TargetCell {
	    value: number;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new TargetCell(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.value = source["value"];
	        this.version = source["version"];
	    }
	}
	export class TargetChange {
	    userId: string;
	    code: string;
	    value: number;
	    clear: boolean;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new TargetChange(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.userId = source["userId"];
	        this.code = source["code"];
	        this.value = source["value"];
	        this.clear = source["clear"];
	        this.version = source["version"];
	    }
	}
	export class TargetRow {
	    userId: string;
	    name: string;
	    level: string;
	    hireDate: string;
	    proration?: Proration;
	    cells: Record<string, TargetCell>;
	
	    static createFrom(source: any = {}) {
	        return new TargetRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.userId = source["userId"];
	        this.name = source["name"];
	        this.level = source["level"];
	        this.hireDate = source["hireDate"];
	        this.proration = this.convertValues(source["proration"], Proration);
	        this.cells = this.convertValues(source["cells"], TargetCell, true);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Template {
	    id: string;
	    name: string;
	    role: string;
	    level: string;
	    gradeA: number;
	    gradeB: number;
	    gradeC: number;
	    metrics: Metric[];
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Template(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.role = source["role"];
	        this.level = source["level"];
	        this.gradeA = source["gradeA"];
	        this.gradeB = source["gradeB"];
	        this.gradeC = source["gradeC"];
	        this.metrics = this.convertValues(source["metrics"], Metric);
	        this.version = source["version"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace audit {
	
	export class Change {
	    field: string;
	    before: string;
	    after: string;
	
	    static createFrom(source: any = {}) {
	        return new Change(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.field = source["field"];
	        this.before = source["before"];
	        this.after = source["after"];
	    }
	}
	export class Item {
	    id: string;
	    at: string;
	    actorId: string;
	    actorName: string;
	    entity: string;
	    entityId: string;
	    label: string;
	    action: string;
	    changes: Change[];
	    before: string;
	    after: string;
	
	    static createFrom(source: any = {}) {
	        return new Item(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.at = source["at"];
	        this.actorId = source["actorId"];
	        this.actorName = source["actorName"];
	        this.entity = source["entity"];
	        this.entityId = source["entityId"];
	        this.label = source["label"];
	        this.action = source["action"];
	        this.changes = this.convertValues(source["changes"], Change);
	        this.before = source["before"];
	        this.after = source["after"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Page {
	    items: Item[];
	    next: string;
	
	    static createFrom(source: any = {}) {
	        return new Page(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], Item);
	        this.next = source["next"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Query {
	    actorId: string;
	    entity: string;
	    entityId: string;
	    since: string;
	    until: string;
	    after: string;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new Query(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.actorId = source["actorId"];
	        this.entity = source["entity"];
	        this.entityId = source["entityId"];
	        this.since = source["since"];
	        this.until = source["until"];
	        this.after = source["after"];
	        this.limit = source["limit"];
	    }
	}

}

export namespace auth {
	
	export class PasswordChange {
	    current: string;
	    next: string;
	
	    static createFrom(source: any = {}) {
	        return new PasswordChange(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.current = source["current"];
	        this.next = source["next"];
	    }
	}
	export class User {
	    id: string;
	    name: string;
	    login: string;
	    role: string;
	    level: string;
	    managerId: string;
	    managerName: string;
	    hireDate: string;
	    phone: string;
	    email: string;
	    active: boolean;
	    version: number;
	    createdAt: string;
	    mustChangePassword: boolean;
	
	    static createFrom(source: any = {}) {
	        return new User(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.login = source["login"];
	        this.role = source["role"];
	        this.level = source["level"];
	        this.managerId = source["managerId"];
	        this.managerName = source["managerName"];
	        this.hireDate = source["hireDate"];
	        this.phone = source["phone"];
	        this.email = source["email"];
	        this.active = source["active"];
	        this.version = source["version"];
	        this.createdAt = source["createdAt"];
	        this.mustChangePassword = source["mustChangePassword"];
	    }
	}
	export class UserInput {
	    id: string;
	    name: string;
	    login: string;
	    password: string;
	    role: string;
	    level: string;
	    managerId: string;
	    hireDate: string;
	    phone: string;
	    email: string;
	    active: boolean;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new UserInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.login = source["login"];
	        this.password = source["password"];
	        this.role = source["role"];
	        this.level = source["level"];
	        this.managerId = source["managerId"];
	        this.hireDate = source["hireDate"];
	        this.phone = source["phone"];
	        this.email = source["email"];
	        this.active = source["active"];
	        this.version = source["version"];
	    }
	}

}

export namespace backups {
	
	export class Entry {
	    name: string;
	    path: string;
	    at: string;
	    size: number;
	
	    static createFrom(source: any = {}) {
	        return new Entry(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.path = source["path"];
	        this.at = source["at"];
	        this.size = source["size"];
	    }
	}
	export class Preview {
	    entry: Entry;
	    company: string;
	    customers: number;
	    deals: number;
	    quotes: number;
	    users: number;
	    lastChange: string;
	    schemaVersion: number;
	
	    static createFrom(source: any = {}) {
	        return new Preview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.entry = this.convertValues(source["entry"], Entry);
	        this.company = source["company"];
	        this.customers = source["customers"];
	        this.deals = source["deals"];
	        this.quotes = source["quotes"];
	        this.users = source["users"];
	        this.lastChange = source["lastChange"];
	        this.schemaVersion = source["schemaVersion"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Status {
	    folder: string;
	    entries: Entry[];
	    lastAt: string;
	    stale: boolean;
	    pending: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Status(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.folder = source["folder"];
	        this.entries = this.convertValues(source["entries"], Entry);
	        this.lastAt = source["lastAt"];
	        this.stale = source["stale"];
	        this.pending = source["pending"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace catalog {
	
	export class ImportDefaults {
	    currency: string;
	    taxRateBp: number;
	
	    static createFrom(source: any = {}) {
	        return new ImportDefaults(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.currency = source["currency"];
	        this.taxRateBp = source["taxRateBp"];
	    }
	}
	export class RowError {
	    line: number;
	    field: string;
	    code: string;
	    params?: Record<string, any>;
	
	    static createFrom(source: any = {}) {
	        return new RowError(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.line = source["line"];
	        this.field = source["field"];
	        this.code = source["code"];
	        this.params = source["params"];
	    }
	}
	export class ImportSummary {
	    rows: number;
	    created: number;
	    updated: number;
	    rejected: RowError[];
	
	    static createFrom(source: any = {}) {
	        return new ImportSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = source["rows"];
	        this.created = source["created"];
	        this.updated = source["updated"];
	        this.rejected = this.convertValues(source["rejected"], RowError);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Product {
	    id: string;
	    sku: string;
	    nameZh: string;
	    nameEn: string;
	    spec: string;
	    unit: string;
	    category: string;
	    currency: string;
	    listPriceMinor: number;
	    costMinor: number;
	    floorPriceMinor: number;
	    taxRateBp: number;
	    active: boolean;
	    hasImage: boolean;
	    imageDataUrl: string;
	    version: number;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Product(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.sku = source["sku"];
	        this.nameZh = source["nameZh"];
	        this.nameEn = source["nameEn"];
	        this.spec = source["spec"];
	        this.unit = source["unit"];
	        this.category = source["category"];
	        this.currency = source["currency"];
	        this.listPriceMinor = source["listPriceMinor"];
	        this.costMinor = source["costMinor"];
	        this.floorPriceMinor = source["floorPriceMinor"];
	        this.taxRateBp = source["taxRateBp"];
	        this.active = source["active"];
	        this.hasImage = source["hasImage"];
	        this.imageDataUrl = source["imageDataUrl"];
	        this.version = source["version"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class Price {
	    product: Product;
	    priceMinor: number;
	    fromList: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Price(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.product = this.convertValues(source["product"], Product);
	        this.priceMinor = source["priceMinor"];
	        this.fromList = source["fromList"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PriceListItem {
	    productId: string;
	    sku: string;
	    nameZh: string;
	    listPriceMinor: number;
	    priceMinor: number;
	
	    static createFrom(source: any = {}) {
	        return new PriceListItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.productId = source["productId"];
	        this.sku = source["sku"];
	        this.nameZh = source["nameZh"];
	        this.listPriceMinor = source["listPriceMinor"];
	        this.priceMinor = source["priceMinor"];
	    }
	}
	export class PriceList {
	    id: string;
	    name: string;
	    tier: string;
	    currency: string;
	    active: boolean;
	    levels: string[];
	    items: PriceListItem[];
	    version: number;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new PriceList(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.tier = source["tier"];
	        this.currency = source["currency"];
	        this.active = source["active"];
	        this.levels = source["levels"];
	        this.items = this.convertValues(source["items"], PriceListItem);
	        this.version = source["version"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PriceListItemInput {
	    productId: string;
	    priceMinor: number;
	
	    static createFrom(source: any = {}) {
	        return new PriceListItemInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.productId = source["productId"];
	        this.priceMinor = source["priceMinor"];
	    }
	}
	export class PriceListInput {
	    id: string;
	    name: string;
	    tier: string;
	    currency: string;
	    active: boolean;
	    levels: string[];
	    items: PriceListItemInput[];
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new PriceListInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.tier = source["tier"];
	        this.currency = source["currency"];
	        this.active = source["active"];
	        this.levels = source["levels"];
	        this.items = this.convertValues(source["items"], PriceListItemInput);
	        this.version = source["version"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	export class ProductFilter {
	    query: string;
	    category: string;
	    activeOnly: boolean;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new ProductFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.query = source["query"];
	        this.category = source["category"];
	        this.activeOnly = source["activeOnly"];
	        this.limit = source["limit"];
	    }
	}
	export class ProductInput {
	    id: string;
	    sku: string;
	    nameZh: string;
	    nameEn: string;
	    spec: string;
	    unit: string;
	    category: string;
	    currency: string;
	    listPriceMinor: number;
	    costMinor: number;
	    floorPriceMinor: number;
	    taxRateBp: number;
	    active: boolean;
	    imageDataUrl: string;
	    keepImage: boolean;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new ProductInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.sku = source["sku"];
	        this.nameZh = source["nameZh"];
	        this.nameEn = source["nameEn"];
	        this.spec = source["spec"];
	        this.unit = source["unit"];
	        this.category = source["category"];
	        this.currency = source["currency"];
	        this.listPriceMinor = source["listPriceMinor"];
	        this.costMinor = source["costMinor"];
	        this.floorPriceMinor = source["floorPriceMinor"];
	        this.taxRateBp = source["taxRateBp"];
	        this.active = source["active"];
	        this.imageDataUrl = source["imageDataUrl"];
	        this.keepImage = source["keepImage"];
	        this.version = source["version"];
	    }
	}

}

export namespace company {
	
	export class NotConverted {
	    currency: string;
	    month: string;
	    count: number;
	    amountMinor: number;
	
	    static createFrom(source: any = {}) {
	        return new NotConverted(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.currency = source["currency"];
	        this.month = source["month"];
	        this.count = source["count"];
	        this.amountMinor = source["amountMinor"];
	    }
	}
	export class RateUsed {
	    currency: string;
	    month: string;
	    rateMicro: number;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new RateUsed(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.currency = source["currency"];
	        this.month = source["month"];
	        this.rateMicro = source["rateMicro"];
	        this.count = source["count"];
	    }
	}
	export class Conversion {
	    rates: RateUsed[];
	    notConverted: NotConverted[];
	
	    static createFrom(source: any = {}) {
	        return new Conversion(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rates = this.convertValues(source["rates"], RateUsed);
	        this.notConverted = this.convertValues(source["notConverted"], NotConverted);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class Rate {
	    currency: string;
	    month: string;
	    rateMicro: number;
	    version: number;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Rate(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.currency = source["currency"];
	        this.month = source["month"];
	        this.rateMicro = source["rateMicro"];
	        this.version = source["version"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class RateChange {
	    currency: string;
	    rateMicro: number;
	    clear: boolean;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new RateChange(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.currency = source["currency"];
	        this.rateMicro = source["rateMicro"];
	        this.clear = source["clear"];
	        this.version = source["version"];
	    }
	}
	export class RateMonth {
	    month: string;
	    currency: string;
	    rates: Rate[];
	    previous: Rate[];
	
	    static createFrom(source: any = {}) {
	        return new RateMonth(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.currency = source["currency"];
	        this.rates = this.convertValues(source["rates"], Rate);
	        this.previous = this.convertValues(source["previous"], Rate);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class Settings {
	    id: string;
	    name: string;
	    address: string;
	    phone: string;
	    taxId: string;
	    logoDataUrl: string;
	    currency: string;
	    taxRateBp: number;
	    pricesIncludeTax: boolean;
	    timezone: string;
	    quotePrefix: string;
	    idleLockMinutes: number;
	    version: number;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Settings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.address = source["address"];
	        this.phone = source["phone"];
	        this.taxId = source["taxId"];
	        this.logoDataUrl = source["logoDataUrl"];
	        this.currency = source["currency"];
	        this.taxRateBp = source["taxRateBp"];
	        this.pricesIncludeTax = source["pricesIncludeTax"];
	        this.timezone = source["timezone"];
	        this.quotePrefix = source["quotePrefix"];
	        this.idleLockMinutes = source["idleLockMinutes"];
	        this.version = source["version"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class WorkingHours {
	    days: number[];
	    start: string;
	    end: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new WorkingHours(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.days = source["days"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.version = source["version"];
	    }
	}

}

export namespace customer {
	
	export class DoneTask {
	    id: string;
	    titleZh: string;
	    titleEn: string;
	
	    static createFrom(source: any = {}) {
	        return new DoneTask(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.titleZh = source["titleZh"];
	        this.titleEn = source["titleEn"];
	    }
	}
	export class Activity {
	    id: string;
	    customerId: string;
	    contactId: string;
	    kind: string;
	    at: string;
	    userId: string;
	    userName: string;
	    summary: string;
	    outcome: string;
	    nextStep: string;
	    nextStepOn: string;
	    dealId: string;
	    version: number;
	    doneTask?: DoneTask;
	
	    static createFrom(source: any = {}) {
	        return new Activity(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.customerId = source["customerId"];
	        this.contactId = source["contactId"];
	        this.kind = source["kind"];
	        this.at = source["at"];
	        this.userId = source["userId"];
	        this.userName = source["userName"];
	        this.summary = source["summary"];
	        this.outcome = source["outcome"];
	        this.nextStep = source["nextStep"];
	        this.nextStepOn = source["nextStepOn"];
	        this.dealId = source["dealId"];
	        this.version = source["version"];
	        this.doneTask = this.convertValues(source["doneTask"], DoneTask);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ActivityInput {
	    id: string;
	    customerId: string;
	    contactId: string;
	    kind: string;
	    at: string;
	    summary: string;
	    outcome: string;
	    nextStep: string;
	    nextStepOn: string;
	    dealId: string;
	    version: number;
	    backdateReason: string;
	
	    static createFrom(source: any = {}) {
	        return new ActivityInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.customerId = source["customerId"];
	        this.contactId = source["contactId"];
	        this.kind = source["kind"];
	        this.at = source["at"];
	        this.summary = source["summary"];
	        this.outcome = source["outcome"];
	        this.nextStep = source["nextStep"];
	        this.nextStepOn = source["nextStepOn"];
	        this.dealId = source["dealId"];
	        this.version = source["version"];
	        this.backdateReason = source["backdateReason"];
	    }
	}
	export class Birthday {
	    contactId: string;
	    contactName: string;
	    customerId: string;
	    customerName: string;
	    on: string;
	    inDays: number;
	    age: number;
	    greetingZh: string;
	    greetingEn: string;
	
	    static createFrom(source: any = {}) {
	        return new Birthday(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.contactId = source["contactId"];
	        this.contactName = source["contactName"];
	        this.customerId = source["customerId"];
	        this.customerName = source["customerName"];
	        this.on = source["on"];
	        this.inDays = source["inDays"];
	        this.age = source["age"];
	        this.greetingZh = source["greetingZh"];
	        this.greetingEn = source["greetingEn"];
	    }
	}
	export class Cadence {
	    highValue: number;
	    potential: number;
	    ordinary: number;
	    atRisk: number;
	
	    static createFrom(source: any = {}) {
	        return new Cadence(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.highValue = source["highValue"];
	        this.potential = source["potential"];
	        this.ordinary = source["ordinary"];
	        this.atRisk = source["atRisk"];
	    }
	}
	export class Contact {
	    id: string;
	    customerId: string;
	    name: string;
	    title: string;
	    phone: string;
	    email: string;
	    wechat: string;
	    birthday: string;
	    primary: boolean;
	    createdAt: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Contact(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.customerId = source["customerId"];
	        this.name = source["name"];
	        this.title = source["title"];
	        this.phone = source["phone"];
	        this.email = source["email"];
	        this.wechat = source["wechat"];
	        this.birthday = source["birthday"];
	        this.primary = source["primary"];
	        this.createdAt = source["createdAt"];
	        this.version = source["version"];
	    }
	}
	export class ContactInput {
	    id: string;
	    customerId: string;
	    name: string;
	    title: string;
	    phone: string;
	    email: string;
	    wechat: string;
	    birthday: string;
	    primary: boolean;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new ContactInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.customerId = source["customerId"];
	        this.name = source["name"];
	        this.title = source["title"];
	        this.phone = source["phone"];
	        this.email = source["email"];
	        this.wechat = source["wechat"];
	        this.birthday = source["birthday"];
	        this.primary = source["primary"];
	        this.version = source["version"];
	    }
	}
	export class RFM {
	    r: number;
	    f: number;
	    m: number;
	    segment: string;
	
	    static createFrom(source: any = {}) {
	        return new RFM(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.r = source["r"];
	        this.f = source["f"];
	        this.m = source["m"];
	        this.segment = source["segment"];
	    }
	}
	export class Customer {
	    id: string;
	    kind: string;
	    name: string;
	    ownerId: string;
	    ownerName: string;
	    stage: string;
	    segment: string;
	    rfm: RFM;
	    source: string;
	    industry: string;
	    region: string;
	    city: string;
	    country: string;
	    address: string;
	    phone: string;
	    email: string;
	    wechat: string;
	    website: string;
	    tags: string[];
	    notes: string;
	    lastContactAt: string;
	    lastPurchaseAt: string;
	    ownedSince: string;
	    poolSince: string;
	    createdBy: string;
	    createdAt: string;
	    updatedAt: string;
	    version: number;
	    contacts: Contact[];
	
	    static createFrom(source: any = {}) {
	        return new Customer(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.kind = source["kind"];
	        this.name = source["name"];
	        this.ownerId = source["ownerId"];
	        this.ownerName = source["ownerName"];
	        this.stage = source["stage"];
	        this.segment = source["segment"];
	        this.rfm = this.convertValues(source["rfm"], RFM);
	        this.source = source["source"];
	        this.industry = source["industry"];
	        this.region = source["region"];
	        this.city = source["city"];
	        this.country = source["country"];
	        this.address = source["address"];
	        this.phone = source["phone"];
	        this.email = source["email"];
	        this.wechat = source["wechat"];
	        this.website = source["website"];
	        this.tags = source["tags"];
	        this.notes = source["notes"];
	        this.lastContactAt = source["lastContactAt"];
	        this.lastPurchaseAt = source["lastPurchaseAt"];
	        this.ownedSince = source["ownedSince"];
	        this.poolSince = source["poolSince"];
	        this.createdBy = source["createdBy"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	        this.version = source["version"];
	        this.contacts = this.convertValues(source["contacts"], Contact);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CustomerInput {
	    id: string;
	    kind: string;
	    name: string;
	    ownerId: string;
	    stage: string;
	    source: string;
	    industry: string;
	    region: string;
	    city: string;
	    country: string;
	    address: string;
	    phone: string;
	    email: string;
	    wechat: string;
	    website: string;
	    tags: string[];
	    notes: string;
	    contacts: ContactInput[];
	    version: number;
	    allowDuplicate: boolean;
	
	    static createFrom(source: any = {}) {
	        return new CustomerInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.kind = source["kind"];
	        this.name = source["name"];
	        this.ownerId = source["ownerId"];
	        this.stage = source["stage"];
	        this.source = source["source"];
	        this.industry = source["industry"];
	        this.region = source["region"];
	        this.city = source["city"];
	        this.country = source["country"];
	        this.address = source["address"];
	        this.phone = source["phone"];
	        this.email = source["email"];
	        this.wechat = source["wechat"];
	        this.website = source["website"];
	        this.tags = source["tags"];
	        this.notes = source["notes"];
	        this.contacts = this.convertValues(source["contacts"], ContactInput);
	        this.version = source["version"];
	        this.allowDuplicate = source["allowDuplicate"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CustomerRow {
	    id: string;
	    kind: string;
	    name: string;
	    ownerId: string;
	    ownerName: string;
	    stage: string;
	    segment: string;
	    source: string;
	    city: string;
	    phone: string;
	    contactName: string;
	    tags: string[];
	    lastContactAt: string;
	    createdAt: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new CustomerRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.kind = source["kind"];
	        this.name = source["name"];
	        this.ownerId = source["ownerId"];
	        this.ownerName = source["ownerName"];
	        this.stage = source["stage"];
	        this.segment = source["segment"];
	        this.source = source["source"];
	        this.city = source["city"];
	        this.phone = source["phone"];
	        this.contactName = source["contactName"];
	        this.tags = source["tags"];
	        this.lastContactAt = source["lastContactAt"];
	        this.createdAt = source["createdAt"];
	        this.version = source["version"];
	    }
	}
	export class CustomerPage {
	    items: CustomerRow[];
	    total: number;
	    totalMore: boolean;
	    next: string;
	    prev: string;
	
	    static createFrom(source: any = {}) {
	        return new CustomerPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], CustomerRow);
	        this.total = source["total"];
	        this.totalMore = source["totalMore"];
	        this.next = source["next"];
	        this.prev = source["prev"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CustomerRef {
	    id: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new CustomerRef(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.version = source["version"];
	    }
	}
	
	
	export class DueRevisit {
	    taskId: string;
	    customerId: string;
	    customerName: string;
	    segment: string;
	    dueOn: string;
	    daysOverdue: number;
	    lastContactAt: string;
	
	    static createFrom(source: any = {}) {
	        return new DueRevisit(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.taskId = source["taskId"];
	        this.customerId = source["customerId"];
	        this.customerName = source["customerName"];
	        this.segment = source["segment"];
	        this.dueOn = source["dueOn"];
	        this.daysOverdue = source["daysOverdue"];
	        this.lastContactAt = source["lastContactAt"];
	    }
	}
	export class DuplicateSide {
	    id: string;
	    kind: string;
	    name: string;
	    ownerId: string;
	    ownerName: string;
	    stage: string;
	    city: string;
	    phone: string;
	    email: string;
	    contacts: number;
	    createdAt: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new DuplicateSide(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.kind = source["kind"];
	        this.name = source["name"];
	        this.ownerId = source["ownerId"];
	        this.ownerName = source["ownerName"];
	        this.stage = source["stage"];
	        this.city = source["city"];
	        this.phone = source["phone"];
	        this.email = source["email"];
	        this.contacts = source["contacts"];
	        this.createdAt = source["createdAt"];
	        this.version = source["version"];
	    }
	}
	export class DuplicatePair {
	    a: DuplicateSide;
	    b: DuplicateSide;
	    reasons: string[];
	    score: number;
	
	    static createFrom(source: any = {}) {
	        return new DuplicatePair(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.a = this.convertValues(source["a"], DuplicateSide);
	        this.b = this.convertValues(source["b"], DuplicateSide);
	        this.reasons = source["reasons"];
	        this.score = source["score"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class ImportField {
	    key: string;
	    zh: string;
	    en: string;
	    required: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ImportField(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.zh = source["zh"];
	        this.en = source["en"];
	        this.required = source["required"];
	    }
	}
	export class ImportOptions {
	    mapping: string[];
	
	    static createFrom(source: any = {}) {
	        return new ImportOptions(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.mapping = source["mapping"];
	    }
	}
	export class RowError {
	    line: number;
	    field: string;
	    column: string;
	    code: string;
	    params?: Record<string, any>;
	
	    static createFrom(source: any = {}) {
	        return new RowError(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.line = source["line"];
	        this.field = source["field"];
	        this.column = source["column"];
	        this.code = source["code"];
	        this.params = source["params"];
	    }
	}
	export class PreviewRow {
	    line: number;
	    cells: string[];
	    values: Record<string, string>;
	    action: string;
	    notes: string[];
	    problem?: RowError;
	
	    static createFrom(source: any = {}) {
	        return new PreviewRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.line = source["line"];
	        this.cells = source["cells"];
	        this.values = source["values"];
	        this.action = source["action"];
	        this.notes = source["notes"];
	        this.problem = this.convertValues(source["problem"], RowError);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ImportPreview {
	    format: string;
	    encoding: string;
	    confidence: number;
	    sheet: string;
	    headers: string[];
	    mapping: string[];
	    fields: ImportField[];
	    missing: string[];
	    ignored: string[];
	    crm: string;
	    rows: PreviewRow[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new ImportPreview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.format = source["format"];
	        this.encoding = source["encoding"];
	        this.confidence = source["confidence"];
	        this.sheet = source["sheet"];
	        this.headers = source["headers"];
	        this.mapping = source["mapping"];
	        this.fields = this.convertValues(source["fields"], ImportField);
	        this.missing = source["missing"];
	        this.ignored = source["ignored"];
	        this.crm = source["crm"];
	        this.rows = this.convertValues(source["rows"], PreviewRow);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ImportSummary {
	    rows: number;
	    created: number;
	    updated: number;
	    unchanged: number;
	    mapped: number;
	    added: number;
	    noted: number;
	    ownerUnknown: number;
	    rejected: RowError[];
	    cancelled: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ImportSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = source["rows"];
	        this.created = source["created"];
	        this.updated = source["updated"];
	        this.unchanged = source["unchanged"];
	        this.mapped = source["mapped"];
	        this.added = source["added"];
	        this.noted = source["noted"];
	        this.ownerUnknown = source["ownerUnknown"];
	        this.rejected = this.convertValues(source["rejected"], RowError);
	        this.cancelled = source["cancelled"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ListQuery {
	    ownerId: string;
	    stage: string;
	    segment: string;
	    tag: string;
	    source: string;
	    city: string;
	    contactedAfter: string;
	    contactedBefore: string;
	    health: string;
	    sort: string;
	    desc: boolean;
	    cursor: string;
	    back: boolean;
	    offset: number;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new ListQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ownerId = source["ownerId"];
	        this.stage = source["stage"];
	        this.segment = source["segment"];
	        this.tag = source["tag"];
	        this.source = source["source"];
	        this.city = source["city"];
	        this.contactedAfter = source["contactedAfter"];
	        this.contactedBefore = source["contactedBefore"];
	        this.health = source["health"];
	        this.sort = source["sort"];
	        this.desc = source["desc"];
	        this.cursor = source["cursor"];
	        this.back = source["back"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	    }
	}
	export class MergeChange {
	    droppedId: string;
	    droppedName: string;
	    moved: Record<string, number>;
	
	    static createFrom(source: any = {}) {
	        return new MergeChange(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.droppedId = source["droppedId"];
	        this.droppedName = source["droppedName"];
	        this.moved = source["moved"];
	    }
	}
	export class MergeInput {
	    keepId: string;
	    keepVersion: number;
	    dropId: string;
	    dropVersion: number;
	    take: string[];
	
	    static createFrom(source: any = {}) {
	        return new MergeInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.keepId = source["keepId"];
	        this.keepVersion = source["keepVersion"];
	        this.dropId = source["dropId"];
	        this.dropVersion = source["dropVersion"];
	        this.take = source["take"];
	    }
	}
	export class OwnerChange {
	    action: string;
	    fromId: string;
	    fromName: string;
	    toId: string;
	    toName: string;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new OwnerChange(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.action = source["action"];
	        this.fromId = source["fromId"];
	        this.fromName = source["fromName"];
	        this.toId = source["toId"];
	        this.toName = source["toName"];
	        this.reason = source["reason"];
	    }
	}
	
	
	export class RFMRules {
	    currency: string;
	    recentDays: number;
	    lapsedDays: number;
	    frequentDeals: number;
	    repeatDeals: number;
	    highAmountMinor: number;
	    midAmountMinor: number;
	    highValueScore: number;
	
	    static createFrom(source: any = {}) {
	        return new RFMRules(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.currency = source["currency"];
	        this.recentDays = source["recentDays"];
	        this.lapsedDays = source["lapsedDays"];
	        this.frequentDeals = source["frequentDeals"];
	        this.repeatDeals = source["repeatDeals"];
	        this.highAmountMinor = source["highAmountMinor"];
	        this.midAmountMinor = source["midAmountMinor"];
	        this.highValueScore = source["highValueScore"];
	    }
	}
	
	export class SearchHit {
	    customerId: string;
	    contactId: string;
	    name: string;
	    company: string;
	    phone: string;
	    email: string;
	    wechat: string;
	    ownerId: string;
	    ownerName: string;
	    stage: string;
	    segment: string;
	    matched: string;
	
	    static createFrom(source: any = {}) {
	        return new SearchHit(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.customerId = source["customerId"];
	        this.contactId = source["contactId"];
	        this.name = source["name"];
	        this.company = source["company"];
	        this.phone = source["phone"];
	        this.email = source["email"];
	        this.wechat = source["wechat"];
	        this.ownerId = source["ownerId"];
	        this.ownerName = source["ownerName"];
	        this.stage = source["stage"];
	        this.segment = source["segment"];
	        this.matched = source["matched"];
	    }
	}
	export class Settings {
	    dormantAfterDays: number;
	    churnedAfterDays: number;
	    poolAfterDays: number;
	    poolExemptHighValue: boolean;
	    claimLimitPerDay: number;
	    holdLimitJunior: number;
	    holdLimitSenior: number;
	    backdateDays: number;
	    revisit: Cadence;
	    birthdayLeadDays: number;
	    greetingZh: string;
	    greetingEn: string;
	    rfm: RFMRules;
	    customSources: string[];
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Settings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.dormantAfterDays = source["dormantAfterDays"];
	        this.churnedAfterDays = source["churnedAfterDays"];
	        this.poolAfterDays = source["poolAfterDays"];
	        this.poolExemptHighValue = source["poolExemptHighValue"];
	        this.claimLimitPerDay = source["claimLimitPerDay"];
	        this.holdLimitJunior = source["holdLimitJunior"];
	        this.holdLimitSenior = source["holdLimitSenior"];
	        this.backdateDays = source["backdateDays"];
	        this.revisit = this.convertValues(source["revisit"], Cadence);
	        this.birthdayLeadDays = source["birthdayLeadDays"];
	        this.greetingZh = source["greetingZh"];
	        this.greetingEn = source["greetingEn"];
	        this.rfm = this.convertValues(source["rfm"], RFMRules);
	        this.customSources = source["customSources"];
	        this.version = source["version"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class StageChange {
	    from: string;
	    to: string;
	    reason: string;
	    automatic: boolean;
	
	    static createFrom(source: any = {}) {
	        return new StageChange(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.reason = source["reason"];
	        this.automatic = source["automatic"];
	    }
	}
	export class TicketNote {
	    subject: string;
	    kind: string;
	    priority: string;
	    status: string;
	
	    static createFrom(source: any = {}) {
	        return new TicketNote(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.subject = source["subject"];
	        this.kind = source["kind"];
	        this.priority = source["priority"];
	        this.status = source["status"];
	    }
	}
	export class TimelineEntry {
	    id: string;
	    kind: string;
	    at: string;
	    actorId: string;
	    actorName: string;
	    activity?: Activity;
	    stage?: StageChange;
	    owner?: OwnerChange;
	    merge?: MergeChange;
	    ticket?: TicketNote;
	
	    static createFrom(source: any = {}) {
	        return new TimelineEntry(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.kind = source["kind"];
	        this.at = source["at"];
	        this.actorId = source["actorId"];
	        this.actorName = source["actorName"];
	        this.activity = this.convertValues(source["activity"], Activity);
	        this.stage = this.convertValues(source["stage"], StageChange);
	        this.owner = this.convertValues(source["owner"], OwnerChange);
	        this.merge = this.convertValues(source["merge"], MergeChange);
	        this.ticket = this.convertValues(source["ticket"], TicketNote);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TimelinePage {
	    entries: TimelineEntry[];
	    next: string;
	
	    static createFrom(source: any = {}) {
	        return new TimelinePage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.entries = this.convertValues(source["entries"], TimelineEntry);
	        this.next = source["next"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Today {
	    revisits: DueRevisit[];
	    birthdays: Birthday[];
	
	    static createFrom(source: any = {}) {
	        return new Today(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.revisits = this.convertValues(source["revisits"], DueRevisit);
	        this.birthdays = this.convertValues(source["birthdays"], Birthday);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace exportall {
	
	export class TableSummary {
	    table: string;
	    rows: number;
	    sheets: string[];
	
	    static createFrom(source: any = {}) {
	        return new TableSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.table = source["table"];
	        this.rows = source["rows"];
	        this.sheets = source["sheets"];
	    }
	}
	export class Summary {
	    tables: TableSummary[];
	    rows: number;
	    longTexts: number;
	
	    static createFrom(source: any = {}) {
	        return new Summary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.tables = this.convertValues(source["tables"], TableSummary);
	        this.rows = source["rows"];
	        this.longTexts = source["longTexts"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace inbox {
	
	export class Margin {
	    netMinor: number;
	    costMinor: number;
	    bp: number;
	    linesCosted: number;
	    lines: number;
	
	    static createFrom(source: any = {}) {
	        return new Margin(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.netMinor = source["netMinor"];
	        this.costMinor = source["costMinor"];
	        this.bp = source["bp"];
	        this.linesCosted = source["linesCosted"];
	        this.lines = source["lines"];
	    }
	}
	export class Item {
	    kind: string;
	    recordId: string;
	    version: number;
	    title: string;
	    subject: string;
	    askedById: string;
	    askedByName: string;
	    at: string;
	    state: string;
	    decidedByName: string;
	    note: string;
	    reasons: string[];
	    currency: string;
	    amountMinor: number;
	    margin?: Margin;
	    unseen: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Item(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.recordId = source["recordId"];
	        this.version = source["version"];
	        this.title = source["title"];
	        this.subject = source["subject"];
	        this.askedById = source["askedById"];
	        this.askedByName = source["askedByName"];
	        this.at = source["at"];
	        this.state = source["state"];
	        this.decidedByName = source["decidedByName"];
	        this.note = source["note"];
	        this.reasons = source["reasons"];
	        this.currency = source["currency"];
	        this.amountMinor = source["amountMinor"];
	        this.margin = this.convertValues(source["margin"], Margin);
	        this.unseen = source["unseen"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Inbox {
	    items: Item[];
	    waiting: number;
	    unseen: number;
	
	    static createFrom(source: any = {}) {
	        return new Inbox(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], Item);
	        this.waiting = source["waiting"];
	        this.unseen = source["unseen"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	

}

export namespace money {
	
	export class LineTotals {
	    grossMinor: number;
	    lineDiscountMinor: number;
	    amountMinor: number;
	    quoteDiscountMinor: number;
	    netMinor: number;
	    taxMinor: number;
	
	    static createFrom(source: any = {}) {
	        return new LineTotals(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.grossMinor = source["grossMinor"];
	        this.lineDiscountMinor = source["lineDiscountMinor"];
	        this.amountMinor = source["amountMinor"];
	        this.quoteDiscountMinor = source["quoteDiscountMinor"];
	        this.netMinor = source["netMinor"];
	        this.taxMinor = source["taxMinor"];
	    }
	}
	export class Totals {
	    lines: LineTotals[];
	    subtotalMinor: number;
	    discountMinor: number;
	    netMinor: number;
	    taxMinor: number;
	    chargesMinor: number;
	    totalMinor: number;
	
	    static createFrom(source: any = {}) {
	        return new Totals(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.lines = this.convertValues(source["lines"], LineTotals);
	        this.subtotalMinor = source["subtotalMinor"];
	        this.discountMinor = source["discountMinor"];
	        this.netMinor = source["netMinor"];
	        this.taxMinor = source["taxMinor"];
	        this.chargesMinor = source["chargesMinor"];
	        this.totalMinor = source["totalMinor"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace onboarding {
	
	export class Item {
	    key: string;
	    done: boolean;
	    route: string;
	
	    static createFrom(source: any = {}) {
	        return new Item(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.done = source["done"];
	        this.route = source["route"];
	    }
	}
	export class Checklist {
	    items: Item[];
	    done: number;
	    dismissed: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Checklist(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], Item);
	        this.done = source["done"];
	        this.dismissed = source["dismissed"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace quote {
	
	export class Change {
	    kind: string;
	    field: string;
	    lineKey: string;
	    name: string;
	    before: string;
	    after: string;
	
	    static createFrom(source: any = {}) {
	        return new Change(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.field = source["field"];
	        this.lineKey = source["lineKey"];
	        this.name = source["name"];
	        this.before = source["before"];
	        this.after = source["after"];
	    }
	}
	export class Charge {
	    label: string;
	    amountMinor: number;
	
	    static createFrom(source: any = {}) {
	        return new Charge(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.label = source["label"];
	        this.amountMinor = source["amountMinor"];
	    }
	}
	export class DiscountLimit {
	    id: string;
	    scope: string;
	    subject: string;
	    subjectName: string;
	    maxDiscountBp: number;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new DiscountLimit(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.scope = source["scope"];
	        this.subject = source["subject"];
	        this.subjectName = source["subjectName"];
	        this.maxDiscountBp = source["maxDiscountBp"];
	        this.version = source["version"];
	    }
	}
	export class Event {
	    at: string;
	    actorName: string;
	    action: string;
	    status: string;
	    note: string;
	    totalMinor: number;
	    hasTotal: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Event(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.at = source["at"];
	        this.actorName = source["actorName"];
	        this.action = source["action"];
	        this.status = source["status"];
	        this.note = source["note"];
	        this.totalMinor = source["totalMinor"];
	        this.hasTotal = source["hasTotal"];
	    }
	}
	export class Filter {
	    status: string;
	    customerId: string;
	    ownerId: string;
	    query: string;
	    latestOnly: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Filter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.status = source["status"];
	        this.customerId = source["customerId"];
	        this.ownerId = source["ownerId"];
	        this.query = source["query"];
	        this.latestOnly = source["latestOnly"];
	    }
	}
	export class LineInput {
	    id: string;
	    productId: string;
	    sku: string;
	    name: string;
	    spec: string;
	    unit: string;
	    qtyMilli: number;
	    unitPriceMinor: number;
	    catalogPrice: boolean;
	    discountBp: number;
	    taxRateBp: number;
	
	    static createFrom(source: any = {}) {
	        return new LineInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.productId = source["productId"];
	        this.sku = source["sku"];
	        this.name = source["name"];
	        this.spec = source["spec"];
	        this.unit = source["unit"];
	        this.qtyMilli = source["qtyMilli"];
	        this.unitPriceMinor = source["unitPriceMinor"];
	        this.catalogPrice = source["catalogPrice"];
	        this.discountBp = source["discountBp"];
	        this.taxRateBp = source["taxRateBp"];
	    }
	}
	export class Input {
	    id: string;
	    version: number;
	    language: string;
	    customerId: string;
	    customerName: string;
	    customerAddress: string;
	    contactName: string;
	    contactPhone: string;
	    contactEmail: string;
	    dealId: string;
	    currency: string;
	    priceListId: string;
	    taxIncluded: boolean;
	    discountBp: number;
	    charges: Charge[];
	    issueDate: string;
	    validUntil: string;
	    paymentTerms: string;
	    deliveryTerms: string;
	    warrantyTerms: string;
	    notes: string;
	    lines: LineInput[];
	
	    static createFrom(source: any = {}) {
	        return new Input(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.version = source["version"];
	        this.language = source["language"];
	        this.customerId = source["customerId"];
	        this.customerName = source["customerName"];
	        this.customerAddress = source["customerAddress"];
	        this.contactName = source["contactName"];
	        this.contactPhone = source["contactPhone"];
	        this.contactEmail = source["contactEmail"];
	        this.dealId = source["dealId"];
	        this.currency = source["currency"];
	        this.priceListId = source["priceListId"];
	        this.taxIncluded = source["taxIncluded"];
	        this.discountBp = source["discountBp"];
	        this.charges = this.convertValues(source["charges"], Charge);
	        this.issueDate = source["issueDate"];
	        this.validUntil = source["validUntil"];
	        this.paymentTerms = source["paymentTerms"];
	        this.deliveryTerms = source["deliveryTerms"];
	        this.warrantyTerms = source["warrantyTerms"];
	        this.notes = source["notes"];
	        this.lines = this.convertValues(source["lines"], LineInput);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Line {
	    id: string;
	    lineKey: string;
	    position: number;
	    productId: string;
	    sku: string;
	    name: string;
	    spec: string;
	    unit: string;
	    qtyMilli: number;
	    unitPriceMinor: number;
	    listPriceMinor: number;
	    floorPriceMinor: number;
	    discountBp: number;
	    taxRateBp: number;
	    totals: money.LineTotals;
	
	    static createFrom(source: any = {}) {
	        return new Line(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.lineKey = source["lineKey"];
	        this.position = source["position"];
	        this.productId = source["productId"];
	        this.sku = source["sku"];
	        this.name = source["name"];
	        this.spec = source["spec"];
	        this.unit = source["unit"];
	        this.qtyMilli = source["qtyMilli"];
	        this.unitPriceMinor = source["unitPriceMinor"];
	        this.listPriceMinor = source["listPriceMinor"];
	        this.floorPriceMinor = source["floorPriceMinor"];
	        this.discountBp = source["discountBp"];
	        this.taxRateBp = source["taxRateBp"];
	        this.totals = this.convertValues(source["totals"], money.LineTotals);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class Reason {
	    kind: string;
	    position: number;
	    sku: string;
	    name: string;
	    priceMinor: number;
	    limitMinor: number;
	    discountBp: number;
	    limitBp: number;
	
	    static createFrom(source: any = {}) {
	        return new Reason(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.position = source["position"];
	        this.sku = source["sku"];
	        this.name = source["name"];
	        this.priceMinor = source["priceMinor"];
	        this.limitMinor = source["limitMinor"];
	        this.discountBp = source["discountBp"];
	        this.limitBp = source["limitBp"];
	    }
	}
	export class Quote {
	    id: string;
	    number: string;
	    baseNumber: string;
	    revision: number;
	    rootId: string;
	    previousId: string;
	    status: string;
	    language: string;
	    customerId: string;
	    customerName: string;
	    customerAddress: string;
	    contactName: string;
	    contactPhone: string;
	    contactEmail: string;
	    dealId: string;
	    currency: string;
	    priceListId: string;
	    taxIncluded: boolean;
	    discountBp: number;
	    charges: Charge[];
	    issueDate: string;
	    validUntil: string;
	    paymentTerms: string;
	    deliveryTerms: string;
	    warrantyTerms: string;
	    notes: string;
	    lines: Line[];
	    totals: money.Totals;
	    needsApproval: boolean;
	    approvalReasons: Reason[];
	    approvalDecision: string;
	    approvalBy: string;
	    approvalByName: string;
	    approvalAt: string;
	    approvalNote: string;
	    submittedAt: string;
	    sentAt: string;
	    closedAt: string;
	    ownerId: string;
	    ownerName: string;
	    copiedFrom: string;
	    version: number;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Quote(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.number = source["number"];
	        this.baseNumber = source["baseNumber"];
	        this.revision = source["revision"];
	        this.rootId = source["rootId"];
	        this.previousId = source["previousId"];
	        this.status = source["status"];
	        this.language = source["language"];
	        this.customerId = source["customerId"];
	        this.customerName = source["customerName"];
	        this.customerAddress = source["customerAddress"];
	        this.contactName = source["contactName"];
	        this.contactPhone = source["contactPhone"];
	        this.contactEmail = source["contactEmail"];
	        this.dealId = source["dealId"];
	        this.currency = source["currency"];
	        this.priceListId = source["priceListId"];
	        this.taxIncluded = source["taxIncluded"];
	        this.discountBp = source["discountBp"];
	        this.charges = this.convertValues(source["charges"], Charge);
	        this.issueDate = source["issueDate"];
	        this.validUntil = source["validUntil"];
	        this.paymentTerms = source["paymentTerms"];
	        this.deliveryTerms = source["deliveryTerms"];
	        this.warrantyTerms = source["warrantyTerms"];
	        this.notes = source["notes"];
	        this.lines = this.convertValues(source["lines"], Line);
	        this.totals = this.convertValues(source["totals"], money.Totals);
	        this.needsApproval = source["needsApproval"];
	        this.approvalReasons = this.convertValues(source["approvalReasons"], Reason);
	        this.approvalDecision = source["approvalDecision"];
	        this.approvalBy = source["approvalBy"];
	        this.approvalByName = source["approvalByName"];
	        this.approvalAt = source["approvalAt"];
	        this.approvalNote = source["approvalNote"];
	        this.submittedAt = source["submittedAt"];
	        this.sentAt = source["sentAt"];
	        this.closedAt = source["closedAt"];
	        this.ownerId = source["ownerId"];
	        this.ownerName = source["ownerName"];
	        this.copiedFrom = source["copiedFrom"];
	        this.version = source["version"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class Summary {
	    id: string;
	    number: string;
	    revision: number;
	    status: string;
	    customerId: string;
	    customerName: string;
	    currency: string;
	    totalMinor: number;
	    issueDate: string;
	    validUntil: string;
	    needsApproval: boolean;
	    ownerId: string;
	    ownerName: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Summary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.number = source["number"];
	        this.revision = source["revision"];
	        this.status = source["status"];
	        this.customerId = source["customerId"];
	        this.customerName = source["customerName"];
	        this.currency = source["currency"];
	        this.totalMinor = source["totalMinor"];
	        this.issueDate = source["issueDate"];
	        this.validUntil = source["validUntil"];
	        this.needsApproval = source["needsApproval"];
	        this.ownerId = source["ownerId"];
	        this.ownerName = source["ownerName"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class TermTemplate {
	    id: string;
	    kind: string;
	    language: string;
	    title: string;
	    body: string;
	    isDefault: boolean;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new TermTemplate(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.kind = source["kind"];
	        this.language = source["language"];
	        this.title = source["title"];
	        this.body = source["body"];
	        this.isDefault = source["isDefault"];
	        this.version = source["version"];
	    }
	}

}

export namespace sales {
	
	export class Card {
	    id: string;
	    title: string;
	    customerId: string;
	    customerName: string;
	    amountMinor: number;
	    currency: string;
	    expectedCloseOn: string;
	    ownerId: string;
	    ownerName: string;
	    stageId: string;
	    status: string;
	    stageEnteredAt: string;
	    daysInStage: number;
	    openTasks: number;
	    overdueTasks: number;
	    closedAt: string;
	    createdAt: string;
	    updatedAt: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Card(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.customerId = source["customerId"];
	        this.customerName = source["customerName"];
	        this.amountMinor = source["amountMinor"];
	        this.currency = source["currency"];
	        this.expectedCloseOn = source["expectedCloseOn"];
	        this.ownerId = source["ownerId"];
	        this.ownerName = source["ownerName"];
	        this.stageId = source["stageId"];
	        this.status = source["status"];
	        this.stageEnteredAt = source["stageEnteredAt"];
	        this.daysInStage = source["daysInStage"];
	        this.openTasks = source["openTasks"];
	        this.overdueTasks = source["overdueTasks"];
	        this.closedAt = source["closedAt"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	        this.version = source["version"];
	    }
	}
	export class ChecklistItem {
	    key: string;
	    kind: string;
	    field: string;
	    labelZh: string;
	    labelEn: string;
	
	    static createFrom(source: any = {}) {
	        return new ChecklistItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.kind = source["kind"];
	        this.field = source["field"];
	        this.labelZh = source["labelZh"];
	        this.labelEn = source["labelEn"];
	    }
	}
	export class Stage {
	    id: string;
	    code: string;
	    kind: string;
	    position: number;
	    nameZh: string;
	    nameEn: string;
	    goalZh: string;
	    goalEn: string;
	    probabilityBp: number;
	    checklist: ChecklistItem[];
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Stage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.code = source["code"];
	        this.kind = source["kind"];
	        this.position = source["position"];
	        this.nameZh = source["nameZh"];
	        this.nameEn = source["nameEn"];
	        this.goalZh = source["goalZh"];
	        this.goalEn = source["goalEn"];
	        this.probabilityBp = source["probabilityBp"];
	        this.checklist = this.convertValues(source["checklist"], ChecklistItem);
	        this.version = source["version"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Column {
	    stage: Stage;
	    count: number;
	    amountMinor: number;
	    weightedMinor: number;
	    cards: Card[];
	
	    static createFrom(source: any = {}) {
	        return new Column(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stage = this.convertValues(source["stage"], Stage);
	        this.count = source["count"];
	        this.amountMinor = source["amountMinor"];
	        this.weightedMinor = source["weightedMinor"];
	        this.cards = this.convertValues(source["cards"], Card);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Board {
	    currency: string;
	    closedSince: string;
	    columns: Column[];
	    conversion: company.Conversion;
	
	    static createFrom(source: any = {}) {
	        return new Board(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.currency = source["currency"];
	        this.closedSince = source["closedSince"];
	        this.columns = this.convertValues(source["columns"], Column);
	        this.conversion = this.convertValues(source["conversion"], company.Conversion);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class BoardQuery {
	    ownerId: string;
	    teamId: string;
	    closedDays: number;
	    cards: number;
	
	    static createFrom(source: any = {}) {
	        return new BoardQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ownerId = source["ownerId"];
	        this.teamId = source["teamId"];
	        this.closedDays = source["closedDays"];
	        this.cards = source["cards"];
	    }
	}
	
	
	
	export class Task {
	    id: string;
	    dealId: string;
	    dealTitle: string;
	    customerId: string;
	    customerName: string;
	    stageId: string;
	    ruleId: string;
	    assigneeId: string;
	    assigneeName: string;
	    titleZh: string;
	    titleEn: string;
	    anchor: string;
	    offsetHours: number;
	    anchorAt: string;
	    dueAt: string;
	    status: string;
	    overdue: boolean;
	    late: boolean;
	    doneAt: string;
	    doneBy: string;
	    note: string;
	    doneByKind: string;
	    activityId: string;
	    closedAt: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Task(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.dealId = source["dealId"];
	        this.dealTitle = source["dealTitle"];
	        this.customerId = source["customerId"];
	        this.customerName = source["customerName"];
	        this.stageId = source["stageId"];
	        this.ruleId = source["ruleId"];
	        this.assigneeId = source["assigneeId"];
	        this.assigneeName = source["assigneeName"];
	        this.titleZh = source["titleZh"];
	        this.titleEn = source["titleEn"];
	        this.anchor = source["anchor"];
	        this.offsetHours = source["offsetHours"];
	        this.anchorAt = source["anchorAt"];
	        this.dueAt = source["dueAt"];
	        this.status = source["status"];
	        this.overdue = source["overdue"];
	        this.late = source["late"];
	        this.doneAt = source["doneAt"];
	        this.doneBy = source["doneBy"];
	        this.note = source["note"];
	        this.doneByKind = source["doneByKind"];
	        this.activityId = source["activityId"];
	        this.closedAt = source["closedAt"];
	        this.version = source["version"];
	    }
	}
	export class Compliance {
	    userId: string;
	    userName: string;
	    month: string;
	    due: number;
	    onTime: number;
	    late: number;
	    missed: number;
	    pending: number;
	    onTimeBp?: number;
	    lateTasks: Task[];
	    missedTasks: Task[];
	
	    static createFrom(source: any = {}) {
	        return new Compliance(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.userId = source["userId"];
	        this.userName = source["userName"];
	        this.month = source["month"];
	        this.due = source["due"];
	        this.onTime = source["onTime"];
	        this.late = source["late"];
	        this.missed = source["missed"];
	        this.pending = source["pending"];
	        this.onTimeBp = source["onTimeBp"];
	        this.lateTasks = this.convertValues(source["lateTasks"], Task);
	        this.missedTasks = this.convertValues(source["missedTasks"], Task);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Tick {
	    at: string;
	    by: string;
	
	    static createFrom(source: any = {}) {
	        return new Tick(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.at = source["at"];
	        this.by = source["by"];
	    }
	}
	export class ProductOfInterest {
	    productId: string;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new ProductOfInterest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.productId = source["productId"];
	        this.name = source["name"];
	    }
	}
	export class Deal {
	    id: string;
	    customerId: string;
	    customerName: string;
	    title: string;
	    amountMinor: number;
	    currency: string;
	    expectedCloseOn: string;
	    ownerId: string;
	    ownerName: string;
	    stageId: string;
	    stageEnteredAt: string;
	    reachedStageId: string;
	    status: string;
	    products: ProductOfInterest[];
	    budgetMinor?: number;
	    decisionMaker: string;
	    purchaseTimeline: string;
	    needs: string;
	    notes: string;
	    checklist: Record<string, Tick>;
	    wonAt: string;
	    lostAt: string;
	    closedAt: string;
	    lostReasonId: string;
	    lostStageId: string;
	    lostNote: string;
	    quoteId: string;
	    createdBy: string;
	    createdAt: string;
	    updatedAt: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Deal(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.customerId = source["customerId"];
	        this.customerName = source["customerName"];
	        this.title = source["title"];
	        this.amountMinor = source["amountMinor"];
	        this.currency = source["currency"];
	        this.expectedCloseOn = source["expectedCloseOn"];
	        this.ownerId = source["ownerId"];
	        this.ownerName = source["ownerName"];
	        this.stageId = source["stageId"];
	        this.stageEnteredAt = source["stageEnteredAt"];
	        this.reachedStageId = source["reachedStageId"];
	        this.status = source["status"];
	        this.products = this.convertValues(source["products"], ProductOfInterest);
	        this.budgetMinor = source["budgetMinor"];
	        this.decisionMaker = source["decisionMaker"];
	        this.purchaseTimeline = source["purchaseTimeline"];
	        this.needs = source["needs"];
	        this.notes = source["notes"];
	        this.checklist = this.convertValues(source["checklist"], Tick, true);
	        this.wonAt = source["wonAt"];
	        this.lostAt = source["lostAt"];
	        this.closedAt = source["closedAt"];
	        this.lostReasonId = source["lostReasonId"];
	        this.lostStageId = source["lostStageId"];
	        this.lostNote = source["lostNote"];
	        this.quoteId = source["quoteId"];
	        this.createdBy = source["createdBy"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	        this.version = source["version"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class StageVisit {
	    stageId: string;
	    action: string;
	    enteredAt: string;
	    leftAt: string;
	    days: number;
	    actorId: string;
	    actorName: string;
	
	    static createFrom(source: any = {}) {
	        return new StageVisit(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stageId = source["stageId"];
	        this.action = source["action"];
	        this.enteredAt = source["enteredAt"];
	        this.leftAt = source["leftAt"];
	        this.days = source["days"];
	        this.actorId = source["actorId"];
	        this.actorName = source["actorName"];
	    }
	}
	export class Missing {
	    key: string;
	    kind: string;
	    field: string;
	    labelZh: string;
	    labelEn: string;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new Missing(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.kind = source["kind"];
	        this.field = source["field"];
	        this.labelZh = source["labelZh"];
	        this.labelEn = source["labelEn"];
	        this.count = source["count"];
	    }
	}
	export class DealDetail {
	    id: string;
	    customerId: string;
	    customerName: string;
	    title: string;
	    amountMinor: number;
	    currency: string;
	    expectedCloseOn: string;
	    ownerId: string;
	    ownerName: string;
	    stageId: string;
	    stageEnteredAt: string;
	    reachedStageId: string;
	    status: string;
	    products: ProductOfInterest[];
	    budgetMinor?: number;
	    decisionMaker: string;
	    purchaseTimeline: string;
	    needs: string;
	    notes: string;
	    checklist: Record<string, Tick>;
	    wonAt: string;
	    lostAt: string;
	    closedAt: string;
	    lostReasonId: string;
	    lostStageId: string;
	    lostNote: string;
	    quoteId: string;
	    createdBy: string;
	    createdAt: string;
	    updatedAt: string;
	    version: number;
	    missing: Missing[];
	    tasks: Task[];
	    history: StageVisit[];
	
	    static createFrom(source: any = {}) {
	        return new DealDetail(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.customerId = source["customerId"];
	        this.customerName = source["customerName"];
	        this.title = source["title"];
	        this.amountMinor = source["amountMinor"];
	        this.currency = source["currency"];
	        this.expectedCloseOn = source["expectedCloseOn"];
	        this.ownerId = source["ownerId"];
	        this.ownerName = source["ownerName"];
	        this.stageId = source["stageId"];
	        this.stageEnteredAt = source["stageEnteredAt"];
	        this.reachedStageId = source["reachedStageId"];
	        this.status = source["status"];
	        this.products = this.convertValues(source["products"], ProductOfInterest);
	        this.budgetMinor = source["budgetMinor"];
	        this.decisionMaker = source["decisionMaker"];
	        this.purchaseTimeline = source["purchaseTimeline"];
	        this.needs = source["needs"];
	        this.notes = source["notes"];
	        this.checklist = this.convertValues(source["checklist"], Tick, true);
	        this.wonAt = source["wonAt"];
	        this.lostAt = source["lostAt"];
	        this.closedAt = source["closedAt"];
	        this.lostReasonId = source["lostReasonId"];
	        this.lostStageId = source["lostStageId"];
	        this.lostNote = source["lostNote"];
	        this.quoteId = source["quoteId"];
	        this.createdBy = source["createdBy"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	        this.version = source["version"];
	        this.missing = this.convertValues(source["missing"], Missing);
	        this.tasks = this.convertValues(source["tasks"], Task);
	        this.history = this.convertValues(source["history"], StageVisit);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DealInput {
	    id: string;
	    version: number;
	    customerId: string;
	    title: string;
	    amountMinor: number;
	    currency: string;
	    expectedCloseOn: string;
	    ownerId: string;
	    stageId: string;
	    products: ProductOfInterest[];
	    budgetMinor?: number;
	    decisionMaker: string;
	    purchaseTimeline: string;
	    needs: string;
	    notes: string;
	
	    static createFrom(source: any = {}) {
	        return new DealInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.version = source["version"];
	        this.customerId = source["customerId"];
	        this.title = source["title"];
	        this.amountMinor = source["amountMinor"];
	        this.currency = source["currency"];
	        this.expectedCloseOn = source["expectedCloseOn"];
	        this.ownerId = source["ownerId"];
	        this.stageId = source["stageId"];
	        this.products = this.convertValues(source["products"], ProductOfInterest);
	        this.budgetMinor = source["budgetMinor"];
	        this.decisionMaker = source["decisionMaker"];
	        this.purchaseTimeline = source["purchaseTimeline"];
	        this.needs = source["needs"];
	        this.notes = source["notes"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DealPage {
	    deals: Card[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new DealPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.deals = this.convertValues(source["deals"], Card);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DealQuery {
	    ownerId: string;
	    teamId: string;
	    status: string;
	    stageId: string;
	    customerId: string;
	    search: string;
	    sort: string;
	    desc: boolean;
	    limit: number;
	    offset: number;
	
	    static createFrom(source: any = {}) {
	        return new DealQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ownerId = source["ownerId"];
	        this.teamId = source["teamId"];
	        this.status = source["status"];
	        this.stageId = source["stageId"];
	        this.customerId = source["customerId"];
	        this.search = source["search"];
	        this.sort = source["sort"];
	        this.desc = source["desc"];
	        this.limit = source["limit"];
	        this.offset = source["offset"];
	    }
	}
	export class DueNotice {
	    since: string;
	    until: string;
	    tasks: Task[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new DueNotice(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.since = source["since"];
	        this.until = source["until"];
	        this.tasks = this.convertValues(source["tasks"], Task);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Filter {
	    ownerId: string;
	    teamId: string;
	
	    static createFrom(source: any = {}) {
	        return new Filter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ownerId = source["ownerId"];
	        this.teamId = source["teamId"];
	    }
	}
	export class ForecastMonth {
	    month: string;
	    forecastMinor: number;
	
	    static createFrom(source: any = {}) {
	        return new ForecastMonth(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.forecastMinor = source["forecastMinor"];
	    }
	}
	export class LostReasonFigure {
	    reasonId: string;
	    nameZh: string;
	    nameEn: string;
	    stageId: string;
	    count: number;
	    amountMinor: number;
	
	    static createFrom(source: any = {}) {
	        return new LostReasonFigure(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.reasonId = source["reasonId"];
	        this.nameZh = source["nameZh"];
	        this.nameEn = source["nameEn"];
	        this.stageId = source["stageId"];
	        this.count = source["count"];
	        this.amountMinor = source["amountMinor"];
	    }
	}
	export class FunnelStage {
	    stageId: string;
	    code: string;
	    nameZh: string;
	    nameEn: string;
	    kind: string;
	    probabilityBp: number;
	    reached: number;
	    reachedAmountMinor: number;
	    current: number;
	    currentAmountMinor: number;
	    weightedMinor: number;
	    conversionBp: number;
	    lost: number;
	    lostAmountMinor: number;
	    lossBp: number;
	    avgDays: number;
	    exits: number;
	
	    static createFrom(source: any = {}) {
	        return new FunnelStage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stageId = source["stageId"];
	        this.code = source["code"];
	        this.nameZh = source["nameZh"];
	        this.nameEn = source["nameEn"];
	        this.kind = source["kind"];
	        this.probabilityBp = source["probabilityBp"];
	        this.reached = source["reached"];
	        this.reachedAmountMinor = source["reachedAmountMinor"];
	        this.current = source["current"];
	        this.currentAmountMinor = source["currentAmountMinor"];
	        this.weightedMinor = source["weightedMinor"];
	        this.conversionBp = source["conversionBp"];
	        this.lost = source["lost"];
	        this.lostAmountMinor = source["lostAmountMinor"];
	        this.lossBp = source["lossBp"];
	        this.avgDays = source["avgDays"];
	        this.exits = source["exits"];
	    }
	}
	export class Funnel {
	    from: string;
	    to: string;
	    currency: string;
	    deals: number;
	    open: number;
	    won: number;
	    lost: number;
	    wonAmountMinor: number;
	    winRateBp: number;
	    weightedMinor: number;
	    stages: FunnelStage[];
	    lostReasons: LostReasonFigure[];
	    conversion: company.Conversion;
	
	    static createFrom(source: any = {}) {
	        return new Funnel(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.currency = source["currency"];
	        this.deals = source["deals"];
	        this.open = source["open"];
	        this.won = source["won"];
	        this.lost = source["lost"];
	        this.wonAmountMinor = source["wonAmountMinor"];
	        this.winRateBp = source["winRateBp"];
	        this.weightedMinor = source["weightedMinor"];
	        this.stages = this.convertValues(source["stages"], FunnelStage);
	        this.lostReasons = this.convertValues(source["lostReasons"], LostReasonFigure);
	        this.conversion = this.convertValues(source["conversion"], company.Conversion);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class FunnelQuery {
	    ownerId: string;
	    teamId: string;
	    from: string;
	    to: string;
	
	    static createFrom(source: any = {}) {
	        return new FunnelQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ownerId = source["ownerId"];
	        this.teamId = source["teamId"];
	        this.from = source["from"];
	        this.to = source["to"];
	    }
	}
	
	export class LoseInput {
	    version: number;
	    reasonId: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new LoseInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.version = source["version"];
	        this.reasonId = source["reasonId"];
	        this.note = source["note"];
	    }
	}
	export class LostReason {
	    id: string;
	    code: string;
	    nameZh: string;
	    nameEn: string;
	    position: number;
	    active: boolean;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new LostReason(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.code = source["code"];
	        this.nameZh = source["nameZh"];
	        this.nameEn = source["nameEn"];
	        this.position = source["position"];
	        this.active = source["active"];
	        this.version = source["version"];
	    }
	}
	
	export class LostReasonInput {
	    id: string;
	    version: number;
	    nameZh: string;
	    nameEn: string;
	    position: number;
	    active: boolean;
	
	    static createFrom(source: any = {}) {
	        return new LostReasonInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.version = source["version"];
	        this.nameZh = source["nameZh"];
	        this.nameEn = source["nameEn"];
	        this.position = source["position"];
	        this.active = source["active"];
	    }
	}
	export class RepOverdue {
	    userId: string;
	    userName: string;
	    overdue: number;
	    oldestDueAt: string;
	
	    static createFrom(source: any = {}) {
	        return new RepOverdue(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.userId = source["userId"];
	        this.userName = source["userName"];
	        this.overdue = source["overdue"];
	        this.oldestDueAt = source["oldestDueAt"];
	    }
	}
	export class MonthToDate {
	    month: string;
	    currency: string;
	    wonMinor: number;
	    wonCount: number;
	    targetMinor?: number;
	    conversion: company.Conversion;
	
	    static createFrom(source: any = {}) {
	        return new MonthToDate(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.currency = source["currency"];
	        this.wonMinor = source["wonMinor"];
	        this.wonCount = source["wonCount"];
	        this.targetMinor = source["targetMinor"];
	        this.conversion = this.convertValues(source["conversion"], company.Conversion);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class StageFigure {
	    stageId: string;
	    code: string;
	    nameZh: string;
	    nameEn: string;
	    probabilityBp: number;
	    count: number;
	    amountMinor: number;
	    weightedMinor: number;
	
	    static createFrom(source: any = {}) {
	        return new StageFigure(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stageId = source["stageId"];
	        this.code = source["code"];
	        this.nameZh = source["nameZh"];
	        this.nameEn = source["nameEn"];
	        this.probabilityBp = source["probabilityBp"];
	        this.count = source["count"];
	        this.amountMinor = source["amountMinor"];
	        this.weightedMinor = source["weightedMinor"];
	    }
	}
	export class Pipeline {
	    currency: string;
	    stages: StageFigure[];
	    count: number;
	    amountMinor: number;
	    weightedMinor: number;
	    conversion: company.Conversion;
	
	    static createFrom(source: any = {}) {
	        return new Pipeline(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.currency = source["currency"];
	        this.stages = this.convertValues(source["stages"], StageFigure);
	        this.count = source["count"];
	        this.amountMinor = source["amountMinor"];
	        this.weightedMinor = source["weightedMinor"];
	        this.conversion = this.convertValues(source["conversion"], company.Conversion);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ManagerDashboard {
	    pipeline: Pipeline;
	    monthToDate: MonthToDate;
	    overdueByRep: RepOverdue[];
	    funnel: Funnel;
	
	    static createFrom(source: any = {}) {
	        return new ManagerDashboard(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.pipeline = this.convertValues(source["pipeline"], Pipeline);
	        this.monthToDate = this.convertValues(source["monthToDate"], MonthToDate);
	        this.overdueByRep = this.convertValues(source["overdueByRep"], RepOverdue);
	        this.funnel = this.convertValues(source["funnel"], Funnel);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	
	export class RepDashboard {
	    today: Task[];
	    overdue: Task[];
	    overdueTotal: number;
	    pipeline: Pipeline;
	    monthToDate: MonthToDate;
	
	    static createFrom(source: any = {}) {
	        return new RepDashboard(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.today = this.convertValues(source["today"], Task);
	        this.overdue = this.convertValues(source["overdue"], Task);
	        this.overdueTotal = source["overdueTotal"];
	        this.pipeline = this.convertValues(source["pipeline"], Pipeline);
	        this.monthToDate = this.convertValues(source["monthToDate"], MonthToDate);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class ReportQuery {
	    ownerId: string;
	    teamId: string;
	    from: string;
	    to: string;
	    month: string;
	    trendMonths: number;
	    table: string;
	
	    static createFrom(source: any = {}) {
	        return new ReportQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ownerId = source["ownerId"];
	        this.teamId = source["teamId"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.month = source["month"];
	        this.trendMonths = source["trendMonths"];
	        this.table = source["table"];
	    }
	}
	export class Rule {
	    id: string;
	    stageId: string;
	    titleZh: string;
	    titleEn: string;
	    anchor: string;
	    offsetHours: number;
	    position: number;
	    active: boolean;
	    doneByKind: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Rule(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.stageId = source["stageId"];
	        this.titleZh = source["titleZh"];
	        this.titleEn = source["titleEn"];
	        this.anchor = source["anchor"];
	        this.offsetHours = source["offsetHours"];
	        this.position = source["position"];
	        this.active = source["active"];
	        this.doneByKind = source["doneByKind"];
	        this.version = source["version"];
	    }
	}
	export class RuleInput {
	    id: string;
	    version: number;
	    stageId: string;
	    titleZh: string;
	    titleEn: string;
	    anchor: string;
	    offsetHours: number;
	    position: number;
	    active: boolean;
	    doneByKind: string;
	
	    static createFrom(source: any = {}) {
	        return new RuleInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.version = source["version"];
	        this.stageId = source["stageId"];
	        this.titleZh = source["titleZh"];
	        this.titleEn = source["titleEn"];
	        this.anchor = source["anchor"];
	        this.offsetHours = source["offsetHours"];
	        this.position = source["position"];
	        this.active = source["active"];
	        this.doneByKind = source["doneByKind"];
	    }
	}
	
	
	export class StageInput {
	    id: string;
	    version: number;
	    kind: string;
	    nameZh: string;
	    nameEn: string;
	    goalZh: string;
	    goalEn: string;
	    probabilityBp: number;
	    checklist: ChecklistItem[];
	
	    static createFrom(source: any = {}) {
	        return new StageInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.version = source["version"];
	        this.kind = source["kind"];
	        this.nameZh = source["nameZh"];
	        this.nameEn = source["nameEn"];
	        this.goalZh = source["goalZh"];
	        this.goalEn = source["goalEn"];
	        this.probabilityBp = source["probabilityBp"];
	        this.checklist = this.convertValues(source["checklist"], ChecklistItem);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class TaskQuery {
	    ownerId: string;
	    teamId: string;
	    dealId: string;
	    status: string;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new TaskQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ownerId = source["ownerId"];
	        this.teamId = source["teamId"];
	        this.dealId = source["dealId"];
	        this.status = source["status"];
	        this.limit = source["limit"];
	    }
	}
	
	export class TrendMonth {
	    month: string;
	    wonMinor: number;
	    wonCount: number;
	    partial: boolean;
	
	    static createFrom(source: any = {}) {
	        return new TrendMonth(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.wonMinor = source["wonMinor"];
	        this.wonCount = source["wonCount"];
	        this.partial = source["partial"];
	    }
	}
	export class Trend {
	    currency: string;
	    months: TrendMonth[];
	    forecast: ForecastMonth[];
	    method: string;
	    methodMonths: number;
	    conversion: company.Conversion;
	
	    static createFrom(source: any = {}) {
	        return new Trend(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.currency = source["currency"];
	        this.months = this.convertValues(source["months"], TrendMonth);
	        this.forecast = this.convertValues(source["forecast"], ForecastMonth);
	        this.method = source["method"];
	        this.methodMonths = source["methodMonths"];
	        this.conversion = this.convertValues(source["conversion"], company.Conversion);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class TrendQuery {
	    ownerId: string;
	    teamId: string;
	    months: number;
	
	    static createFrom(source: any = {}) {
	        return new TrendQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ownerId = source["ownerId"];
	        this.teamId = source["teamId"];
	        this.months = source["months"];
	    }
	}
	export class WinInput {
	    version: number;
	    amountMinor: number;
	    wonOn: string;
	    backdateReason: string;
	
	    static createFrom(source: any = {}) {
	        return new WinInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.version = source["version"];
	        this.amountMinor = source["amountMinor"];
	        this.wonOn = source["wonOn"];
	        this.backdateReason = source["backdateReason"];
	    }
	}

}

export namespace search {
	
	export class Hit {
	    kind: string;
	    id: string;
	    customerId: string;
	    title: string;
	    titleEn: string;
	    detail: string;
	    status: string;
	    amountMinor: number;
	    currency: string;
	
	    static createFrom(source: any = {}) {
	        return new Hit(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.id = source["id"];
	        this.customerId = source["customerId"];
	        this.title = source["title"];
	        this.titleEn = source["titleEn"];
	        this.detail = source["detail"];
	        this.status = source["status"];
	        this.amountMinor = source["amountMinor"];
	        this.currency = source["currency"];
	    }
	}
	export class Results {
	    query: string;
	    hits: Hit[];
	
	    static createFrom(source: any = {}) {
	        return new Results(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.query = source["query"];
	        this.hits = this.convertValues(source["hits"], Hit);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace service {
	
	export class Answer {
	    ticketId: string;
	    dealId: string;
	    revisitId: string;
	    score: number;
	    nps?: number;
	    comment: string;
	    replyText: string;
	
	    static createFrom(source: any = {}) {
	        return new Answer(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ticketId = source["ticketId"];
	        this.dealId = source["dealId"];
	        this.revisitId = source["revisitId"];
	        this.score = source["score"];
	        this.nps = source["nps"];
	        this.comment = source["comment"];
	        this.replyText = source["replyText"];
	    }
	}
	export class Change {
	    ticketId: string;
	    status: string;
	    resolution: string;
	    note: string;
	    assigneeId: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Change(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ticketId = source["ticketId"];
	        this.status = source["status"];
	        this.resolution = source["resolution"];
	        this.note = source["note"];
	        this.assigneeId = source["assigneeId"];
	        this.version = source["version"];
	    }
	}
	export class Followup {
	    id: string;
	    surveyId: string;
	    score: number;
	    comment: string;
	    customerId: string;
	    customerName: string;
	    ownerName: string;
	    assigneeId: string;
	    assigneeName: string;
	    dueAt: string;
	    status: string;
	    note: string;
	    doneAt: string;
	    overdue: boolean;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Followup(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.surveyId = source["surveyId"];
	        this.score = source["score"];
	        this.comment = source["comment"];
	        this.customerId = source["customerId"];
	        this.customerName = source["customerName"];
	        this.ownerName = source["ownerName"];
	        this.assigneeId = source["assigneeId"];
	        this.assigneeName = source["assigneeName"];
	        this.dueAt = source["dueAt"];
	        this.status = source["status"];
	        this.note = source["note"];
	        this.doneAt = source["doneAt"];
	        this.overdue = source["overdue"];
	        this.version = source["version"];
	    }
	}
	export class Pending {
	    dealId: string;
	    revisitId: string;
	    about: string;
	    at: string;
	
	    static createFrom(source: any = {}) {
	        return new Pending(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.dealId = source["dealId"];
	        this.revisitId = source["revisitId"];
	        this.about = source["about"];
	        this.at = source["at"];
	    }
	}
	export class Health {
	    customerId: string;
	    customerName: string;
	    ownerId: string;
	    pending: Pending[];
	    averageX100?: number;
	    surveys: number;
	    openComplaints: number;
	    openTickets: number;
	    low: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Health(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.customerId = source["customerId"];
	        this.customerName = source["customerName"];
	        this.ownerId = source["ownerId"];
	        this.pending = this.convertValues(source["pending"], Pending);
	        this.averageX100 = source["averageX100"];
	        this.surveys = source["surveys"];
	        this.openComplaints = source["openComplaints"];
	        this.openTickets = source["openTickets"];
	        this.low = source["low"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class HistoryEntry {
	    id: string;
	    at: string;
	    actorId: string;
	    actorName: string;
	    action: string;
	    fromStatus: string;
	    toStatus: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new HistoryEntry(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.at = source["at"];
	        this.actorId = source["actorId"];
	        this.actorName = source["actorName"];
	        this.action = source["action"];
	        this.fromStatus = source["fromStatus"];
	        this.toStatus = source["toStatus"];
	        this.note = source["note"];
	    }
	}
	
	export class Person {
	    id: string;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new Person(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	    }
	}
	export class ReportRow {
	    userId: string;
	    userName: string;
	    opened: number;
	    resolved: number;
	    resolvedOnTime: number;
	    onTimeBp?: number;
	    surveys: number;
	    averageX100?: number;
	    npsAnswers: number;
	    nps?: number;
	
	    static createFrom(source: any = {}) {
	        return new ReportRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.userId = source["userId"];
	        this.userName = source["userName"];
	        this.opened = source["opened"];
	        this.resolved = source["resolved"];
	        this.resolvedOnTime = source["resolvedOnTime"];
	        this.onTimeBp = source["onTimeBp"];
	        this.surveys = source["surveys"];
	        this.averageX100 = source["averageX100"];
	        this.npsAnswers = source["npsAnswers"];
	        this.nps = source["nps"];
	    }
	}
	export class Report {
	    month: string;
	    rows: ReportRow[];
	    total: ReportRow;
	
	    static createFrom(source: any = {}) {
	        return new Report(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.rows = this.convertValues(source["rows"], ReportRow);
	        this.total = this.convertValues(source["total"], ReportRow);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class Settings {
	    respondMin: Record<string, number>;
	    resolveMin: Record<string, number>;
	    lowScore: number;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Settings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.respondMin = source["respondMin"];
	        this.resolveMin = source["resolveMin"];
	        this.lowScore = source["lowScore"];
	        this.version = source["version"];
	    }
	}
	export class Survey {
	    id: string;
	    customerId: string;
	    customerName: string;
	    ticketId: string;
	    dealId: string;
	    revisitId: string;
	    about: string;
	    status: string;
	    sentAt: string;
	    score?: number;
	    nps?: number;
	    comment: string;
	    replyText: string;
	    ownerId: string;
	    ownerName: string;
	    recordedBy: string;
	    recordedByName: string;
	    byOwner: boolean;
	    answeredAt: string;
	    followupId: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Survey(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.customerId = source["customerId"];
	        this.customerName = source["customerName"];
	        this.ticketId = source["ticketId"];
	        this.dealId = source["dealId"];
	        this.revisitId = source["revisitId"];
	        this.about = source["about"];
	        this.status = source["status"];
	        this.sentAt = source["sentAt"];
	        this.score = source["score"];
	        this.nps = source["nps"];
	        this.comment = source["comment"];
	        this.replyText = source["replyText"];
	        this.ownerId = source["ownerId"];
	        this.ownerName = source["ownerName"];
	        this.recordedBy = source["recordedBy"];
	        this.recordedByName = source["recordedByName"];
	        this.byOwner = source["byOwner"];
	        this.answeredAt = source["answeredAt"];
	        this.followupId = source["followupId"];
	        this.version = source["version"];
	    }
	}
	export class SurveyQuery {
	    customerId: string;
	    status: string;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new SurveyQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.customerId = source["customerId"];
	        this.status = source["status"];
	        this.limit = source["limit"];
	    }
	}
	export class SurveyRef {
	    ticketId: string;
	    dealId: string;
	    revisitId: string;
	
	    static createFrom(source: any = {}) {
	        return new SurveyRef(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ticketId = source["ticketId"];
	        this.dealId = source["dealId"];
	        this.revisitId = source["revisitId"];
	    }
	}
	export class Ticket {
	    id: string;
	    customerId: string;
	    customerName: string;
	    customerOwnerId: string;
	    contactId: string;
	    contactName: string;
	    dealId: string;
	    kind: string;
	    priority: string;
	    channel: string;
	    subject: string;
	    description: string;
	    assigneeId: string;
	    assigneeName: string;
	    status: string;
	    resolution: string;
	    receivedAt: string;
	    respondTargetMin: number;
	    resolveTargetMin: number;
	    responseDueAt: string;
	    respondedAt: string;
	    respondedOnTime?: boolean;
	    resolveDueAt: string;
	    usedMin: number;
	    resolvedAt: string;
	    resolvedOnTime?: boolean;
	    closedAt: string;
	    overdue: boolean;
	    responseOverdue: boolean;
	    surveyId: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Ticket(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.customerId = source["customerId"];
	        this.customerName = source["customerName"];
	        this.customerOwnerId = source["customerOwnerId"];
	        this.contactId = source["contactId"];
	        this.contactName = source["contactName"];
	        this.dealId = source["dealId"];
	        this.kind = source["kind"];
	        this.priority = source["priority"];
	        this.channel = source["channel"];
	        this.subject = source["subject"];
	        this.description = source["description"];
	        this.assigneeId = source["assigneeId"];
	        this.assigneeName = source["assigneeName"];
	        this.status = source["status"];
	        this.resolution = source["resolution"];
	        this.receivedAt = source["receivedAt"];
	        this.respondTargetMin = source["respondTargetMin"];
	        this.resolveTargetMin = source["resolveTargetMin"];
	        this.responseDueAt = source["responseDueAt"];
	        this.respondedAt = source["respondedAt"];
	        this.respondedOnTime = source["respondedOnTime"];
	        this.resolveDueAt = source["resolveDueAt"];
	        this.usedMin = source["usedMin"];
	        this.resolvedAt = source["resolvedAt"];
	        this.resolvedOnTime = source["resolvedOnTime"];
	        this.closedAt = source["closedAt"];
	        this.overdue = source["overdue"];
	        this.responseOverdue = source["responseOverdue"];
	        this.surveyId = source["surveyId"];
	        this.version = source["version"];
	    }
	}
	export class TicketDetail {
	    ticket: Ticket;
	    history: HistoryEntry[];
	
	    static createFrom(source: any = {}) {
	        return new TicketDetail(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ticket = this.convertValues(source["ticket"], Ticket);
	        this.history = this.convertValues(source["history"], HistoryEntry);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TicketInput {
	    customerId: string;
	    contactId: string;
	    dealId: string;
	    kind: string;
	    priority: string;
	    channel: string;
	    subject: string;
	    description: string;
	    assigneeId: string;
	    receivedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new TicketInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.customerId = source["customerId"];
	        this.contactId = source["contactId"];
	        this.dealId = source["dealId"];
	        this.kind = source["kind"];
	        this.priority = source["priority"];
	        this.channel = source["channel"];
	        this.subject = source["subject"];
	        this.description = source["description"];
	        this.assigneeId = source["assigneeId"];
	        this.receivedAt = source["receivedAt"];
	    }
	}
	export class TicketPage {
	    tickets: Ticket[];
	    next: string;
	
	    static createFrom(source: any = {}) {
	        return new TicketPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.tickets = this.convertValues(source["tickets"], Ticket);
	        this.next = source["next"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TicketQuery {
	    status: string;
	    kind: string;
	    customerId: string;
	    dealId: string;
	    assigneeId: string;
	    before: string;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new TicketQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.status = source["status"];
	        this.kind = source["kind"];
	        this.customerId = source["customerId"];
	        this.dealId = source["dealId"];
	        this.assigneeId = source["assigneeId"];
	        this.before = source["before"];
	        this.limit = source["limit"];
	    }
	}

}

export namespace training {
	
	export class ActionInput {
	    id: string;
	    title: string;
	    dueOn: string;
	
	    static createFrom(source: any = {}) {
	        return new ActionInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.dueOn = source["dueOn"];
	    }
	}
	export class AssignCourseInput {
	    userId: string;
	    courseId: string;
	    dueOn: string;
	
	    static createFrom(source: any = {}) {
	        return new AssignCourseInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.userId = source["userId"];
	        this.courseId = source["courseId"];
	        this.dueOn = source["dueOn"];
	    }
	}
	export class AssignPlanInput {
	    planId: string;
	    userIds: string[];
	    fromHireDate: boolean;
	
	    static createFrom(source: any = {}) {
	        return new AssignPlanInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.planId = source["planId"];
	        this.userIds = source["userIds"];
	        this.fromHireDate = source["fromHireDate"];
	    }
	}
	export class AssignResult {
	    created: number;
	    skipped: number;
	
	    static createFrom(source: any = {}) {
	        return new AssignResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.created = source["created"];
	        this.skipped = source["skipped"];
	    }
	}
	export class Attendance {
	    id: string;
	    sessionId: string;
	    userId: string;
	    userName: string;
	    status: string;
	    score?: number;
	    passed?: boolean;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Attendance(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.sessionId = source["sessionId"];
	        this.userId = source["userId"];
	        this.userName = source["userName"];
	        this.status = source["status"];
	        this.score = source["score"];
	        this.passed = source["passed"];
	        this.version = source["version"];
	    }
	}
	export class AttendanceInput {
	    userId: string;
	    status: string;
	    score?: number;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new AttendanceInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.userId = source["userId"];
	        this.status = source["status"];
	        this.score = source["score"];
	        this.version = source["version"];
	    }
	}
	export class Certificate {
	    userId: string;
	    userName: string;
	    courseId: string;
	    courseTitle: string;
	    issuedOn: string;
	    expiresOn: string;
	    daysLeft: number;
	    expired: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Certificate(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.userId = source["userId"];
	        this.userName = source["userName"];
	        this.courseId = source["courseId"];
	        this.courseTitle = source["courseTitle"];
	        this.issuedOn = source["issuedOn"];
	        this.expiresOn = source["expiresOn"];
	        this.daysLeft = source["daysLeft"];
	        this.expired = source["expired"];
	    }
	}
	export class Material {
	    id: string;
	    courseId: string;
	    kind: string;
	    title: string;
	    url: string;
	    fileName: string;
	    mime: string;
	    size: number;
	    version: number;
	    createdAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Material(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.courseId = source["courseId"];
	        this.kind = source["kind"];
	        this.title = source["title"];
	        this.url = source["url"];
	        this.fileName = source["fileName"];
	        this.mime = source["mime"];
	        this.size = source["size"];
	        this.version = source["version"];
	        this.createdAt = source["createdAt"];
	    }
	}
	export class Course {
	    id: string;
	    title: string;
	    kind: string;
	    level: string;
	    minutes: number;
	    description: string;
	    assessmentRequired: boolean;
	    passMark: number;
	    certificateMonths: number;
	    materials: Material[];
	    version: number;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Course(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.kind = source["kind"];
	        this.level = source["level"];
	        this.minutes = source["minutes"];
	        this.description = source["description"];
	        this.assessmentRequired = source["assessmentRequired"];
	        this.passMark = source["passMark"];
	        this.certificateMonths = source["certificateMonths"];
	        this.materials = this.convertValues(source["materials"], Material);
	        this.version = source["version"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CourseFilter {
	    kind: string;
	    level: string;
	
	    static createFrom(source: any = {}) {
	        return new CourseFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.level = source["level"];
	    }
	}
	export class CourseInput {
	    id: string;
	    title: string;
	    kind: string;
	    level: string;
	    minutes: number;
	    description: string;
	    assessmentRequired: boolean;
	    passMark: number;
	    certificateMonths: number;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new CourseInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.kind = source["kind"];
	        this.level = source["level"];
	        this.minutes = source["minutes"];
	        this.description = source["description"];
	        this.assessmentRequired = source["assessmentRequired"];
	        this.passMark = source["passMark"];
	        this.certificateMonths = source["certificateMonths"];
	        this.version = source["version"];
	    }
	}
	export class Criterion {
	    key: string;
	    name: string;
	    score: number;
	    maxScore: number;
	
	    static createFrom(source: any = {}) {
	        return new Criterion(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.name = source["name"];
	        this.score = source["score"];
	        this.maxScore = source["maxScore"];
	    }
	}
	
	export class MaterialInput {
	    courseId: string;
	    kind: string;
	    title: string;
	    url: string;
	    fileName: string;
	    mime: string;
	    data: number[];
	
	    static createFrom(source: any = {}) {
	        return new MaterialInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.courseId = source["courseId"];
	        this.kind = source["kind"];
	        this.title = source["title"];
	        this.url = source["url"];
	        this.fileName = source["fileName"];
	        this.mime = source["mime"];
	        this.data = source["data"];
	    }
	}
	export class MatrixCell {
	    courseId: string;
	    status: string;
	    dueOn: string;
	    completedOn: string;
	    requirementId: string;
	
	    static createFrom(source: any = {}) {
	        return new MatrixCell(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.courseId = source["courseId"];
	        this.status = source["status"];
	        this.dueOn = source["dueOn"];
	        this.completedOn = source["completedOn"];
	        this.requirementId = source["requirementId"];
	    }
	}
	export class MatrixRow {
	    userId: string;
	    name: string;
	    level: string;
	    cells: MatrixCell[];
	    done: number;
	    due: number;
	    overdue: number;
	
	    static createFrom(source: any = {}) {
	        return new MatrixRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.userId = source["userId"];
	        this.name = source["name"];
	        this.level = source["level"];
	        this.cells = this.convertValues(source["cells"], MatrixCell);
	        this.done = source["done"];
	        this.due = source["due"];
	        this.overdue = source["overdue"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MatrixCourse {
	    id: string;
	    title: string;
	    kind: string;
	    level: string;
	
	    static createFrom(source: any = {}) {
	        return new MatrixCourse(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.kind = source["kind"];
	        this.level = source["level"];
	    }
	}
	export class Matrix {
	    today: string;
	    courses: MatrixCourse[];
	    rows: MatrixRow[];
	
	    static createFrom(source: any = {}) {
	        return new Matrix(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.today = source["today"];
	        this.courses = this.convertValues(source["courses"], MatrixCourse);
	        this.rows = this.convertValues(source["rows"], MatrixRow);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class MatrixFilter {
	    level: string;
	
	    static createFrom(source: any = {}) {
	        return new MatrixFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.level = source["level"];
	    }
	}
	
	export class PlanItem {
	    courseId: string;
	    courseTitle: string;
	    courseKind: string;
	    minutes: number;
	    dueDays: number;
	
	    static createFrom(source: any = {}) {
	        return new PlanItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.courseId = source["courseId"];
	        this.courseTitle = source["courseTitle"];
	        this.courseKind = source["courseKind"];
	        this.minutes = source["minutes"];
	        this.dueDays = source["dueDays"];
	    }
	}
	export class Plan {
	    id: string;
	    name: string;
	    level: string;
	    autoAssign: boolean;
	    description: string;
	    items: PlanItem[];
	    version: number;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Plan(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.level = source["level"];
	        this.autoAssign = source["autoAssign"];
	        this.description = source["description"];
	        this.items = this.convertValues(source["items"], PlanItem);
	        this.version = source["version"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PlanItemInput {
	    courseId: string;
	    dueDays: number;
	
	    static createFrom(source: any = {}) {
	        return new PlanItemInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.courseId = source["courseId"];
	        this.dueDays = source["dueDays"];
	    }
	}
	export class PlanInput {
	    id: string;
	    name: string;
	    level: string;
	    autoAssign: boolean;
	    description: string;
	    items: PlanItemInput[];
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new PlanInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.level = source["level"];
	        this.autoAssign = source["autoAssign"];
	        this.description = source["description"];
	        this.items = this.convertValues(source["items"], PlanItemInput);
	        this.version = source["version"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class Task {
	    id: string;
	    userId: string;
	    userName: string;
	    roleplayId: string;
	    scenario: string;
	    title: string;
	    dueOn: string;
	    doneAt: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Task(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.userId = source["userId"];
	        this.userName = source["userName"];
	        this.roleplayId = source["roleplayId"];
	        this.scenario = source["scenario"];
	        this.title = source["title"];
	        this.dueOn = source["dueOn"];
	        this.doneAt = source["doneAt"];
	        this.version = source["version"];
	    }
	}
	export class Record {
	    sessionId: string;
	    userId: string;
	    userName: string;
	    heldOn: string;
	    courseId: string;
	    courseTitle: string;
	    courseKind: string;
	    minutes: number;
	    trainerName: string;
	    mode: string;
	    status: string;
	    score?: number;
	    passed?: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Record(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.sessionId = source["sessionId"];
	        this.userId = source["userId"];
	        this.userName = source["userName"];
	        this.heldOn = source["heldOn"];
	        this.courseId = source["courseId"];
	        this.courseTitle = source["courseTitle"];
	        this.courseKind = source["courseKind"];
	        this.minutes = source["minutes"];
	        this.trainerName = source["trainerName"];
	        this.mode = source["mode"];
	        this.status = source["status"];
	        this.score = source["score"];
	        this.passed = source["passed"];
	    }
	}
	export class Requirement {
	    id: string;
	    userId: string;
	    userName: string;
	    courseId: string;
	    courseTitle: string;
	    courseKind: string;
	    minutes: number;
	    planId: string;
	    planName: string;
	    dueOn: string;
	    completedOn: string;
	    status: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Requirement(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.userId = source["userId"];
	        this.userName = source["userName"];
	        this.courseId = source["courseId"];
	        this.courseTitle = source["courseTitle"];
	        this.courseKind = source["courseKind"];
	        this.minutes = source["minutes"];
	        this.planId = source["planId"];
	        this.planName = source["planName"];
	        this.dueOn = source["dueOn"];
	        this.completedOn = source["completedOn"];
	        this.status = source["status"];
	        this.version = source["version"];
	    }
	}
	export class Profile {
	    userId: string;
	    userName: string;
	    level: string;
	    hireDate: string;
	    today: string;
	    required: Requirement[];
	    requiredCount: number;
	    completedCount: number;
	    overdueCount: number;
	    year: number;
	    minutesThisYear: number;
	    averageScore: number;
	    scoredCount: number;
	    certificates: Certificate[];
	    records: Record[];
	    openTasks: Task[];
	
	    static createFrom(source: any = {}) {
	        return new Profile(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.userId = source["userId"];
	        this.userName = source["userName"];
	        this.level = source["level"];
	        this.hireDate = source["hireDate"];
	        this.today = source["today"];
	        this.required = this.convertValues(source["required"], Requirement);
	        this.requiredCount = source["requiredCount"];
	        this.completedCount = source["completedCount"];
	        this.overdueCount = source["overdueCount"];
	        this.year = source["year"];
	        this.minutesThisYear = source["minutesThisYear"];
	        this.averageScore = source["averageScore"];
	        this.scoredCount = source["scoredCount"];
	        this.certificates = this.convertValues(source["certificates"], Certificate);
	        this.records = this.convertValues(source["records"], Record);
	        this.openTasks = this.convertValues(source["openTasks"], Task);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class Roleplay {
	    id: string;
	    repId: string;
	    repName: string;
	    evaluatorId: string;
	    evaluatorName: string;
	    heldOn: string;
	    scenario: string;
	    feedback: string;
	    criteria: Criterion[];
	    score: number;
	    maxScore: number;
	    scoreBp: number;
	    actions: Task[];
	    version: number;
	    createdAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Roleplay(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.repId = source["repId"];
	        this.repName = source["repName"];
	        this.evaluatorId = source["evaluatorId"];
	        this.evaluatorName = source["evaluatorName"];
	        this.heldOn = source["heldOn"];
	        this.scenario = source["scenario"];
	        this.feedback = source["feedback"];
	        this.criteria = this.convertValues(source["criteria"], Criterion);
	        this.score = source["score"];
	        this.maxScore = source["maxScore"];
	        this.scoreBp = source["scoreBp"];
	        this.actions = this.convertValues(source["actions"], Task);
	        this.version = source["version"];
	        this.createdAt = source["createdAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class RoleplayFilter {
	    userId: string;
	    from: string;
	    to: string;
	
	    static createFrom(source: any = {}) {
	        return new RoleplayFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.userId = source["userId"];
	        this.from = source["from"];
	        this.to = source["to"];
	    }
	}
	export class RoleplayInput {
	    id: string;
	    repId: string;
	    evaluatorId: string;
	    heldOn: string;
	    scenario: string;
	    feedback: string;
	    criteria: Criterion[];
	    actions: ActionInput[];
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new RoleplayInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.repId = source["repId"];
	        this.evaluatorId = source["evaluatorId"];
	        this.heldOn = source["heldOn"];
	        this.scenario = source["scenario"];
	        this.feedback = source["feedback"];
	        this.criteria = this.convertValues(source["criteria"], Criterion);
	        this.actions = this.convertValues(source["actions"], ActionInput);
	        this.version = source["version"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Session {
	    id: string;
	    courseId: string;
	    courseTitle: string;
	    courseKind: string;
	    assessmentRequired: boolean;
	    passMark: number;
	    heldOn: string;
	    minutes: number;
	    trainerId: string;
	    trainerName: string;
	    mode: string;
	    location: string;
	    note: string;
	    attendees: Attendance[];
	    version: number;
	    createdBy: string;
	    createdAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Session(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.courseId = source["courseId"];
	        this.courseTitle = source["courseTitle"];
	        this.courseKind = source["courseKind"];
	        this.assessmentRequired = source["assessmentRequired"];
	        this.passMark = source["passMark"];
	        this.heldOn = source["heldOn"];
	        this.minutes = source["minutes"];
	        this.trainerId = source["trainerId"];
	        this.trainerName = source["trainerName"];
	        this.mode = source["mode"];
	        this.location = source["location"];
	        this.note = source["note"];
	        this.attendees = this.convertValues(source["attendees"], Attendance);
	        this.version = source["version"];
	        this.createdBy = source["createdBy"];
	        this.createdAt = source["createdAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SessionFilter {
	    from: string;
	    to: string;
	    courseId: string;
	    userId: string;
	
	    static createFrom(source: any = {}) {
	        return new SessionFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.courseId = source["courseId"];
	        this.userId = source["userId"];
	    }
	}
	export class SessionInput {
	    id: string;
	    courseId: string;
	    heldOn: string;
	    minutes: number;
	    trainerId: string;
	    mode: string;
	    location: string;
	    note: string;
	    inviteeIds: string[];
	    version: number;
	    backdateReason: string;
	
	    static createFrom(source: any = {}) {
	        return new SessionInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.courseId = source["courseId"];
	        this.heldOn = source["heldOn"];
	        this.minutes = source["minutes"];
	        this.trainerId = source["trainerId"];
	        this.mode = source["mode"];
	        this.location = source["location"];
	        this.note = source["note"];
	        this.inviteeIds = source["inviteeIds"];
	        this.version = source["version"];
	        this.backdateReason = source["backdateReason"];
	    }
	}
	
	export class TaskFilter {
	    userId: string;
	    openOnly: boolean;
	    dueBy: string;
	
	    static createFrom(source: any = {}) {
	        return new TaskFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.userId = source["userId"];
	        this.openOnly = source["openOnly"];
	        this.dueBy = source["dueBy"];
	    }
	}

}

