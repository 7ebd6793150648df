use tierup::domain::*;
#[test]
fn smoke() {
    let s = Schedule::default();
    let today = Date::parse("2026-11-25").unwrap();
    let l = Ledger::default();
    let st = status(&s, &l, today);
    println!("{st:?}");
    let p = plan(&s, &l, "tier-4", today).unwrap();
    println!("{p:?}");
    let l = l.add(&s, Purchase{id:"a".into(), amount: Money::parse("15").unwrap(), date: today}, today).unwrap();
    let l = l.add(&s, Purchase{id:"b".into(), amount: Money::parse("25").unwrap(), date: today}, today).unwrap();
    println!("{:?}", status(&s, &l, today));
    let l1 = Ledger::default().add(&s, Purchase{id:"a".into(), amount: Money::parse("5").unwrap(), date: today}, today).unwrap();
    println!("{}", l1.add(&s, Purchase{id:"c".into(), amount: Money::parse("150").unwrap(), date: today}, today).unwrap_err());
    println!("{}", tierup::domain::ledger_file::to_json(&l));
    println!("{}", Money::parse("1,234,567.5").unwrap().usd());
    for t in ["", "abc", "0", "-5", "40.001", "1,00", "$1,000.50", " 40 ", "9999999999999", "1e3", ".5", "5.", "$$40"] { println!("{t:?} -> {:?}", Money::parse(t)); }
}
