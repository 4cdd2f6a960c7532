/* Writes puno_xlsxwriter.xlsx with libxlsxwriter, the way export code writes workbooks:
 * shared strings, a date number format, numbers and a DNI typed as a number.
 *   cc make_xlsxwriter_fixture.c -lxlsxwriter -o /tmp/mk && /tmp/mk
 */
#include <xlsxwriter.h>

int main(void)
{
    lxw_workbook *wb = workbook_new("puno_xlsxwriter.xlsx");
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Hoja1");
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "dd/mm/yyyy");
    const char *headers[] = {"codigo_capacitacion", "titulo", "temas", "region", "fecha_inicio", "fecha_fin",
                             "sesiones", "dni", "nombres", "apellidos", "sexo", "anio_nacimiento",
                             "tipo_participante", "institucion", "asistencias", "pre_test", "post_test"};
    for (int c = 0; c < 17; ++c)
        worksheet_write_string(ws, 0, c, headers[c], NULL);
    lxw_datetime start = {2024, 6, 3, 0, 0, 0}, end = {2024, 6, 5, 0, 0, 0};
    const char *given[] = {"Julia", "Teófilo"};
    const char *family[] = {"Choque Layme", "Ccama"};
    const double dni[] = {1234567, 42345678};
    for (int r = 1; r <= 2; ++r) {
        worksheet_write_string(ws, r, 0, "PUN-2024-06", NULL);
        worksheet_write_string(ws, r, 1, "Matrimonio infantil y uniones tempranas", NULL);
        worksheet_write_string(ws, r, 2, "matrimonio infantil / trata", NULL);
        worksheet_write_string(ws, r, 3, "Puno", NULL);
        worksheet_write_datetime(ws, r, 4, &start, date);
        worksheet_write_datetime(ws, r, 5, &end, date);
        worksheet_write_number(ws, r, 6, 3, NULL);
        worksheet_write_number(ws, r, 7, dni[r - 1], NULL);
        worksheet_write_string(ws, r, 8, given[r - 1], NULL);
        worksheet_write_string(ws, r, 9, family[r - 1], NULL);
        worksheet_write_string(ws, r, 10, r == 1 ? "F" : "M", NULL);
        worksheet_write_number(ws, r, 11, 1970 + r, NULL);
        worksheet_write_string(ws, r, 12, r == 1 ? "Lideresa comunitaria" : "Docente", NULL);
        worksheet_write_number(ws, r, 14, r + 1, NULL);
        worksheet_write_number(ws, r, 15, 9.5 + r, NULL);
        worksheet_write_number(ws, r, 16, 15 + r, NULL);
    }
    return workbook_close(wb) == LXW_NO_ERROR ? 0 : 1;
}
