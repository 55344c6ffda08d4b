#include "demoplan.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 Cent = Money::UnitsPerWhole / 100;
// Money units from tenths of a thousandth: 90 -> 0.0090.
constexpr qint64 rate(qint64 tenThousandths)
{
    return tenThousandths * (Money::UnitsPerWhole / 10000);
}
} // namespace

namespace DemoPlan {

const QList<Customer> &customers()
{
    static const QList<Customer> list = {
        {1, 0, u"System"_s, u"system"_s, u"postpaid"_s, u"US"_s, 0},
        {2, 1, u"Northwind Telecom"_s, u"reseller"_s, u"postpaid"_s, u"US"_s, 0},
        {3, 1, u"Bluebird Voice"_s, u"reseller"_s, u"prepaid"_s, u"GB"_s, 0},
        {4, 1, u"Atlas Wholesale"_s, u"reseller"_s, u"external"_s, u"DE"_s, 0},
        {10, 2, u"Acme Dental"_s, u"client"_s, u"postpaid"_s, u"US"_s, 40},
        {11, 2, u"Harbor Logistics"_s, u"client"_s, u"postpaid"_s, u"US"_s, 120},
        {12, 2, u"Pinecrest Realty"_s, u"client"_s, u"prepaid"_s, u"US"_s, 25},
        {13, 2, u"Summit Legal LLP"_s, u"client"_s, u"postpaid"_s, u"CA"_s, 35},
        {14, 2, u"Oakridge Clinic"_s, u"client"_s, u"prepaid"_s, u"US"_s, 18},
        {20, 3, u"Thames Print Works"_s, u"client"_s, u"prepaid"_s, u"GB"_s, 30},
        {21, 3, u"Kestrel Insurance"_s, u"client"_s, u"postpaid"_s, u"GB"_s, 150},
        {22, 3, u"Moorside Vets"_s, u"client"_s, u"prepaid"_s, u"GB"_s, 12},
        {23, 3, u"Café Lumière"_s, u"client"_s, u"prepaid"_s, u"FR"_s, 8},
        {30, 4, u"Rheinland Spedition"_s, u"client"_s, u"external"_s, u"DE"_s, 60},
        {31, 4, u"Müller & Söhne"_s, u"client"_s, u"external"_s, u"DE"_s, 22},
        {32, 4, u"Iberia Contact Center"_s, u"client"_s, u"external"_s, u"ES"_s, 200},
        {40, 1, u"Grand Hotel Reception"_s, u"client"_s, u"postpaid"_s, u"US"_s, 45},
        {41, 1, u"Support Desk (internal)"_s, u"client"_s, u"postpaid"_s, u"US"_s, 30},
    };
    return list;
}

const QList<NumberRange> &numberRanges()
{
    static const QList<NumberRange> list = {
        {u"1"_s, u"212"_s, 7, 60},  {u"1"_s, u"415"_s, 7, 40},  {u"1"_s, u"312"_s, 7, 35},
        {u"1"_s, u"305"_s, 7, 30},  {u"1"_s, u"713"_s, 7, 25},  {u"1"_s, u"800"_s, 7, 8},
        {u"1"_s, u"416"_s, 7, 15},  {u"1"_s, u"514"_s, 7, 10},  {u"1"_s, u"604"_s, 7, 8},
        {u"44"_s, u"20"_s, 8, 30},  {u"44"_s, u"161"_s, 7, 10}, {u"44"_s, u"131"_s, 7, 6},
        {u"44"_s, u"77"_s, 8, 30},  {u"44"_s, u"79"_s, 8, 15},  {u"49"_s, u"30"_s, 8, 14},
        {u"49"_s, u"89"_s, 8, 10},  {u"49"_s, u"151"_s, 8, 12}, {u"49"_s, u"176"_s, 8, 8},
        {u"33"_s, u"1"_s, 8, 10},   {u"33"_s, u"6"_s, 8, 12},   {u"34"_s, u"91"_s, 7, 8},
        {u"34"_s, u"6"_s, 8, 12},   {u"61"_s, u"29"_s, 7, 5},   {u"61"_s, u"4"_s, 8, 6},
        {u"91"_s, u"98"_s, 8, 8},   {u"55"_s, u"119"_s, 8, 5},  {u"52"_s, u"55"_s, 8, 5},
        {u"31"_s, u"20"_s, 7, 4},   {u"31"_s, u"6"_s, 8, 4},    {u"63"_s, u"917"_s, 7, 4},
        {u"234"_s, u"803"_s, 7, 3},
    };
    return list;
}

const QList<Rate> &retailDeck()
{
    static const QList<Rate> list = {
        {u"1"_s, u"USA & Canada"_s, rate(90), 6, 6, 0},
        {u"1800"_s, u"USA toll-free"_s, rate(0), 6, 6, 0},
        {u"44"_s, u"United Kingdom"_s, rate(150), 60, 60, 0},
        {u"4420"_s, u"United Kingdom - London"_s, rate(120), 60, 60, 0},
        {u"447"_s, u"United Kingdom - Mobile"_s, rate(850), 60, 60, 0},
        {u"49"_s, u"Germany"_s, rate(160), 60, 60, 0},
        {u"4915"_s, u"Germany - Mobile"_s, rate(1100), 60, 60, 0},
        {u"4917"_s, u"Germany - Mobile"_s, rate(1100), 60, 60, 0},
        {u"33"_s, u"France"_s, rate(140), 30, 6, 0},
        {u"336"_s, u"France - Mobile"_s, rate(900), 30, 6, 0},
        {u"34"_s, u"Spain"_s, rate(150), 30, 6, 0},
        {u"346"_s, u"Spain - Mobile"_s, rate(700), 30, 6, 0},
        {u"61"_s, u"Australia"_s, rate(300), 60, 60, 0},
        {u"614"_s, u"Australia - Mobile"_s, rate(950), 60, 60, 0},
        {u"91"_s, u"India"_s, rate(450), 60, 60, 0},
        {u"55"_s, u"Brazil"_s, rate(500), 60, 60, 0},
        {u"5511"_s, u"Brazil - Sao Paulo"_s, rate(400), 60, 60, 0},
        {u"52"_s, u"Mexico"_s, rate(350), 60, 60, 0},
        {u"31"_s, u"Netherlands"_s, rate(200), 60, 60, 0},
        {u"316"_s, u"Netherlands - Mobile"_s, rate(800), 60, 60, 0},
        {u"63"_s, u"Philippines"_s, rate(1500), 60, 60, 5 * Cent},
        {u"234"_s, u"Nigeria"_s, rate(1800), 60, 60, 5 * Cent},
    };
    return list;
}

const QStringList &firstNames()
{
    static const QStringList list = {
        u"James"_s, u"Mary"_s, u"Robert"_s, u"Patricia"_s, u"John"_s, u"Jennifer"_s, u"Michael"_s,
        u"Linda"_s, u"David"_s, u"Elizabeth"_s, u"Oliver"_s, u"Amelia"_s, u"Harry"_s, u"Isla"_s,
        u"Lukas"_s, u"Sophie"_s, u"Jürgen"_s, u"Zoë"_s, u"Chloé"_s, u"José"_s, u"Lucía"_s,
        u"Priya"_s, u"Rahul"_s, u"Wei"_s, u"Aiyana"_s, u"Søren"_s, u"Nadia"_s, u"Mateo"_s,
    };
    return list;
}

const QStringList &lastNames()
{
    static const QStringList list = {
        u"Smith"_s, u"Johnson"_s, u"Williams"_s, u"Brown"_s, u"Jones"_s, u"Garcia"_s, u"Miller"_s,
        u"Davis"_s, u"Taylor"_s, u"Wilson"_s, u"Evans"_s, u"Müller"_s, u"Schmidt"_s, u"Fischer"_s,
        u"Dubois"_s, u"Martínez"_s, u"O'Brien"_s, u"Sharma"_s, u"Chen"_s, u"Nguyen"_s,
        u"Kowalski"_s, u"Andersen"_s, u"Rossi"_s,
    };
    return list;
}

} // namespace DemoPlan
