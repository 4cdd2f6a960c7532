#!/usr/bin/env python3
"""Writes the roster fixtures of tests/unit/test_import_*.cpp.

The CSV files are written byte by byte so their quirks (BOM, CRLF, Windows-1252) are exact;
the .xlsx files are hand-written SpreadsheetML zipped here, so each feature the reader must
handle (shared and inline strings, rich-text runs, phonetic runs, date styles, serial dates,
sparse cells, two sheets) appears on purpose. Run it from this folder; the outputs are
committed, so the tests do not need Python.
"""
import datetime
import zipfile
import zlib

CRLF = "\r\n"


def write(name, text, encoding, bom=b""):
    with open(name, "wb") as f:
        f.write(bom + text.encode(encoding))


SPANISH = ("codigo_capacitacion;titulo;temas;region;ubigeo;fecha_inicio;fecha_fin;sesiones;dni;"
           "nombres;apellidos;sexo;anio_nacimiento;tipo_participante;institucion;asistencias;"
           "pre_test;post_test;puntaje_maximo")

# UTF-8 with BOM, ';', CRLF, dd/mm/yyyy, decimal comma, a quoted line break (line 2-3), accents.
write("cusco_bom_semicolon.csv", CRLF.join([
    SPANISH,
    'CUS-2024-01;Trata de personas: identificación;Trata, VBG;Cusco;;04/03/2024;08/03/2024;5;04567890;'
    'María José;Quispe Mamani;Mujer;1985;Jueza;"Corte Superior' + CRLF + 'de Justicia de Cusco";5;12,5;18;20',
    'CUS-2024-01;Trata de personas: identificación;Trata, VBG;Cusco;;04/03/2024;08/03/2024;5;;'
    'Juan;Huamán Ccori;M;1990;Policía;PNP Wanchaq;4;10;15,5;',
    'CUS-2024-01;;;;;;;;45678901;Rosa;Condori;F;;Líder comunitaria;"Comunidad ""Qolla""";3;;;',
    'PUN-2024-02;Violencia de género;GBV;PUNO;210101;2024-05-10;2024-05-10;1;;'
    'Ana;Mamani Apaza;Femenino;1978;fiscal;Fiscalía Puno;1;14;17;20',
]) + CRLF, "utf-8", b"\xef\xbb\xbf")

# Windows-1252, ',' with quoted ';' inside, English headers, ISO dates, decimal point, LF only,
# and a column the importer does not know.
write("loreto_cp1252_comma.csv", "\n".join([
    "training_code,training_title,topics,department,start_date,end_date,sessions,dni,given_names,"
    "family_names,sex,birth_year,participant_type,institution,attended,pre_score,post_score,notas_extra",
    'LOR-2023-07,Atención a víctimas,"TIP; CEFM",Loreto,2023-07-03,2023-07-06,4,71234567,Martín,'
    'Peña Ñahui,male,1982,Prosecutor,"Fiscalía ""Maynas""",4,11.5,16,ok',
    'LOR-2023-07,Atención a víctimas,"TIP; CEFM",Loreto,2023-07-03,2023-07-06,4,,Óscar,'
    'Ríos,M,,Community leader,,2,,,',
]) + "\n", "cp1252")

REJECT_HEADER = ("codigo_capacitacion;titulo;temas;region;fecha_inicio;fecha_fin;sesiones;dni;nombres;"
                 "apellidos;sexo;anio_nacimiento;tipo_participante;institucion;asistencias;pre_test;post_test")
MDD = "MDD-2024-03;Derivación de casos;TIP;Madre de Dios;11/03/2024;13/03/2024;3;"
write("madre_de_dios_rejects.csv", CRLF.join([
    REJECT_HEADER,
    MDD + '12345678;Luis;Torres Vega;M;1980;Policía;"PNP' + CRLF + 'Tambopata";3;10;15',  # line 2-3, valid
    MDD + "1234567;Carla;Ríos;F;1991;;;2;;",             # line 4: DNI of 7 digits
    MDD + ";Pedro;;M;;;;;;",                              # line 5: no family names
    MDD + ";Elsa;Quispe;F;;;;4;;",                        # line 6: attended 4 of 3
    MDD + ";Raúl;Soto;M;;;;2;21;",                        # line 7: score above 20
    "MDD-2024-03;Otro título;TIP;Madre de Dios;11/03/2024;13/03/2024;3;;Iris;León;F;;;;1;;",  # line 8
    "UCA-2024-01;Taller;TIP;Atlantis;31/02/2024;01/03/2024;2;;Nora;Paz;F;;;;1;;",             # line 9
    "UCA-2024-02;Taller;TIP;Ucayali;31/02/2024;01/03/2024;2;;Nora;Paz;F;;;;1;;",              # line 10
    MDD + ';Zoe;Arce;X;1999;Docente;"Colegio ""San Martín""";2;12,5;16',                    # line 11, valid
]) + CRLF, "utf-8")

write("unterminated_quote.csv", "\n".join([
    "codigo_capacitacion,titulo,fecha_inicio,fecha_fin,sesiones,nombres,apellidos",
    "A-1,Taller,2024-01-01,2024-01-02,2,Ana,Paz",
    'A-1,Taller,2024-01-01,2024-01-02,2,"Luis,Soto',
    "A-1,Taller,2024-01-01,2024-01-02,2,Eva,Rey",
]) + "\n", "utf-8")

write("missing_column.csv", "\n".join([
    "codigo_capacitacion;titulo;fecha_inicio;fecha_fin;sesiones;nombres",
    "A-1;Taller;01/01/2024;02/01/2024;2;Ana",
]) + "\n", "utf-8")

# ---------------------------------------------------------------- xlsx

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def serial(d):
    return (d - datetime.date(1899, 12, 30)).days


def package(name, sheets, shared=None, styles=None, extra=None, date1904=False):
    """sheets: list of (sheet name, sheet xml)."""
    files = {}
    overrides = ['<Override PartName="/xl/workbook.xml" ContentType="application/'
                 'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    rels = []
    sheet_tags = []
    for i, (sheet_name, xml) in enumerate(sheets, 1):
        # Sheets stored out of order on purpose: the rels, not the file names, decide.
        part = f"worksheets/data{len(sheets) + 1 - i}.xml"
        files["xl/" + part] = DECL + xml
        rels.append(f'<Relationship Id="rIdS{i}" Type="http://schemas.openxmlformats.org/'
                    f'officeDocument/2006/relationships/worksheet" Target="{part}"/>')
        sheet_tags.append(f'<sheet name="{sheet_name}" sheetId="{i}" r:id="rIdS{i}"/>')
    if shared is not None:
        files["xl/sharedStrings.xml"] = DECL + f'<sst {NS}>' + "".join(shared) + "</sst>"
        rels.append('<Relationship Id="rIdSS" Type="http://schemas.openxmlformats.org/'
                    'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>')
    if styles is not None:
        files["xl/styles.xml"] = DECL + styles
        rels.append('<Relationship Id="rIdST" Type="http://schemas.openxmlformats.org/'
                    'officeDocument/2006/relationships/styles" Target="/xl/styles.xml"/>')
    pr = '<workbookPr date1904="1"/>' if date1904 else ""
    files["xl/workbook.xml"] = DECL + f"<workbook {NS} {R_NS}>{pr}<sheets>" + "".join(sheet_tags) + "</sheets></workbook>"
    files["xl/_rels/workbook.xml.rels"] = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/'
                                           'package/2006/relationships">' + "".join(rels) + "</Relationships>")
    files["[Content_Types].xml"] = (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                                    'content-types"><Default Extension="xml" ContentType="application/xml"/>'
                                    + "".join(overrides) + "</Types>")
    files["_rels/.rels"] = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                            'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                            'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                            "</Relationships>")
    if extra:
        files.update(extra)
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        for path, text in files.items():
            z.writestr(path, text)


def s(i):
    return f'<c t="s"><v>{i}</v></c>'


HEADERS = ["codigo_capacitacion", "Título", "TEMAS", "Región", "ubigeo", "Fecha Inicio", "fecha_fin",
           "sesiones", "DNI", "nombres", "apellidos", "sexo", "Año Nacimiento", "tipo_participante",
           "institucion", "asistencias", "pre_test", "post_test", "puntaje_maximo", "verificado"]
shared = [f"<si><t>{h}</t></si>" for h in HEADERS]          # 0..19
shared += [
    "<si><t>CUS-2024-05</t></si>",                               # 20
    "<si><t>Trata</t></si>",                                     # 21
    "<si><t>Cusco</t></si>",                                     # 22
    "<si><t>Rosa Elena</t></si>",                                # 23
    # Rich text runs with a phonetic guide that is not part of the text.
    '<si><r><t>Quis</t></r><r><rPr><b/></rPr><t xml:space="preserve">pe Mamani</t></r>'
    '<rPh sb="0" eb="1"><t>KI</t></rPh></si>',                  # 24
    "<si><t>F</t></si>",                                         # 25
    "<si><t>Juez(a)</t></si>",                                   # 26
    "<si><t>Apaza</t></si>",                                     # 27
    "<si><t>Hilda</t></si>",                                     # 28
]
STYLES = (f'<styleSheet {NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/>'
          '<numFmt numFmtId="165" formatCode="&quot;Día&quot; 0.00"/></numFmts>'
          '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
          '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>'
          '<xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/></cellXfs></styleSheet>')

start, end = datetime.date(2024, 3, 4), datetime.date(2024, 3, 8)
header_row = '<row r="1">' + "".join(s(i) for i in range(len(HEADERS))) + "</row>"
# Row 2: every kind of cell; institution (O) left out, so P must still land in "asistencias".
row2 = ('<row r="2">'
        '<c r="A2" t="s"><v>20</v></c>'
        '<c r="B2" t="inlineStr"><is><r><t>Trata de </t></r><r><rPr><i/></rPr><t>personas</t></r></is></c>'
        '<c r="C2" t="s"><v>21</v></c><c r="D2" t="s"><v>22</v></c>'
        f'<c r="F2" s="1"><v>{serial(start)}</v></c>'
        f'<c r="G2" s="2"><v>{serial(end)}</v></c>'
        '<c r="H2"><v>5</v></c>'
        '<c r="I2"><v>4567890</v></c>'
        '<c r="J2" t="s"><v>23</v></c><c r="K2" t="s"><v>24</v></c><c r="L2" t="s"><v>25</v></c>'
        '<c r="M2" s="3"><v>1985</v></c><c r="N2" t="s"><v>26</v></c>'
        '<c r="P2"><v>4</v></c><c r="Q2"><v>12.5</v></c><c r="R2"><f>Q2+5</f><v>17.5</v></c>'
        '<c r="T2" t="b"><v>1</v></c>'
        '</row>')
# Row 3 is empty; row 5 has cells without r attributes after a sparse start and an unstyled
# serial date in the end-date column.
row5 = ('<row r="5"><c r="A5" t="s"><v>20</v></c><c r="J5" t="s"><v>28</v></c><c t="s"><v>27</v></c>'
        '<c r="P5"><v>5</v></c><c r="G5"><v>' + str(serial(end)) + '</v></c></row>')
roster = f"<worksheet {NS}><sheetData>{header_row}{row2}<row r=\"3\"/>{row5}</sheetData></worksheet>"
summary_sheet = (f'<worksheet {NS}><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>total</t></is></c>'
                 '<c r="C2"><v>2</v></c></row></sheetData></worksheet>')
package("cusco_shared_inline_sparse.xlsx", [("Participantes", roster), ("Resumen", summary_sheet)],
        shared=shared, styles=STYLES)

# Damaged files.
with open("cusco_shared_inline_sparse.xlsx", "rb") as f:
    good = f.read()
with open("truncated.xlsx", "wb") as f:
    f.write(good[: len(good) // 2])
package("broken_xml.xlsx", [("Hoja1", f'<worksheet {NS}><sheetData><row r="1"><c r="A1" t="inlineStr">'
                                       '<is><t>codigo</t></is></c></sheetData></worksheet>')])
package("bad_shared_index.xlsx", [("Hoja1", f'<worksheet {NS}><sheetData><row r="1"><c r="A1" t="s"><v>7</v></c>'
                                            "</row></sheetData></worksheet>")], shared=["<si><t>x</t></si>"])

# A zip bomb: the sheet unpacks to 210 MB of spaces (about 200 KB packed).
bomb_sheet = f'<worksheet {NS}><sheetData>' + " " * (210 * 1024 * 1024) + "</sheetData></worksheet>"
with zipfile.ZipFile("bomb.xlsx", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("xl/workbook.xml", DECL + f'<workbook {NS} {R_NS}><sheets><sheet name="H" sheetId="1" r:id="rId1"/>'
               "</sheets></workbook>")
    z.writestr("xl/worksheets/sheet1.xml", bomb_sheet)
