#pragma once

#include <QTableView>

namespace capacita {

class AssessmentModel;

// The pre/post grid, made for typing a stack of marked tests: typing a number starts editing,
// Enter stores it and moves down to the next person, Delete clears a score.
class AssessmentGrid : public QTableView
{
    Q_OBJECT
public:
    explicit AssessmentGrid(QWidget *parent = nullptr);

    void setAssessmentModel(AssessmentModel *model);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    void moveDown();
    void ensureCurrent();

    AssessmentModel *m_model = nullptr;
    bool m_refused = false; // the last committed value was refused: stay on the cell
    QString m_lastParticipant; // where the cursor was before a reload
    int m_lastColumn = 1; // AssessmentModel::PreColumn
};

} // namespace capacita
