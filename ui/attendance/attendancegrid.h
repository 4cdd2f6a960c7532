#pragma once

#include <QTableView>

namespace capacita {

class AttendanceModel;

// The attendance sheet, driven from the keyboard the way a trainer reads down a paper
// sign-in list: arrows move; P, T (or L), J (or E), A set present, late, excused, absent and
// step down to the next person; Space cycles the mark in place; Delete or Backspace clears it;
// Ctrl+Shift+P marks everyone still unmarked in the current session present.
class AttendanceGrid : public QTableView
{
    Q_OBJECT
public:
    explicit AttendanceGrid(QWidget *parent = nullptr);

    void setAttendanceModel(AttendanceModel *model);
    AttendanceModel *attendanceModel() const { return m_model; }

    // The current session's column, or -1 outside the session columns.
    int currentSessionColumn() const;
    void markCurrentSessionPresent();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool handlesKey(const QKeyEvent *event) const;
    void rememberCurrent();
    void ensureCurrent();

    AttendanceModel *m_model = nullptr;
    QString m_lastParticipant; // where the cursor was before a reload
    QString m_lastSession;
};

} // namespace capacita
