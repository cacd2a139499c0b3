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

export namespace auth {
	
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

export namespace company {
	
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
	        this.version = source["version"];
	        this.updatedAt = source["updatedAt"];
	    }
	}

}

